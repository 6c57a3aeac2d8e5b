<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Konvergensi</source>
        <translation>Tentang Konvergensi</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Tujuan:</translation>
    </message>
    <message>
        <source>&amp;Lead OPD:</source>
        <translation>OPD &amp;pengampu:</translation>
    </message>
    <message>
        <source>Due period &amp;from:</source>
        <translation>Periode tenggat &amp;mulai:</translation>
    </message>
    <message>
        <source>Due &amp;date:</source>
        <translation>&amp;Tenggat:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>ActionOutputDialog</name>
    <message>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Keluaran:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Date done:</source>
        <translation>&amp;Tanggal selesai:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Penanggung jawab:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>An output counts for progress when it is done and at least one evidence document is attached.</source>
        <translation>Keluaran dihitung dalam kemajuan bila sudah selesai dan paling sedikit satu dokumen bukti dilampirkan.</translation>
    </message>
</context>
<context>
    <name>ActionReport</name>
    <message>
        <source>Action %1</source>
        <translation>Aksi %1</translation>
    </message>
    <message>
        <source>Main action %1</source>
        <translation>Aksi Utama %1</translation>
    </message>
    <message>
        <source>Supporting action %1</source>
        <translation>Aksi Pendukung %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>belum mulai</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>late</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>being worked on</source>
        <translation>sedang dikerjakan</translation>
    </message>
    <message>
        <source>CONVERGENCE ACTION PROGRESS REPORT</source>
        <translation>LAPORAN KEMAJUAN AKSI KONVERGENSI</translation>
    </message>
    <message>
        <source>Year %1 – situation on %2</source>
        <translation>Tahun %1 – keadaan per %2</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Daerah: %1</translation>
    </message>
    <message>
        <source>Progress of the year: %1 (the mean over %2 actions). An output counts when it is done and its evidence is attached. Late actions: %3.</source>
        <translation>Kemajuan tahun ini: %1 (rata-rata dari %2 aksi). Keluaran dihitung bila sudah selesai dan buktinya dilampirkan. Aksi terlambat: %3.</translation>
    </message>
    <message>
        <source>A. Summary</source>
        <translation>A. Ringkasan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Lead OPD</source>
        <translation>OPD pengampu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Late: %1.</source>
        <translation>Terlambat: %1.</translation>
    </message>
    <message>
        <source>B. Outputs and evidence per action</source>
        <translation>B. Keluaran dan bukti per aksi</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(terlambat)</translation>
    </message>
    <message>
        <source>Lead OPD: %1</source>
        <translation>OPD pengampu: %1</translation>
    </message>
    <message>
        <source>Due period: %1</source>
        <translation>Periode tenggat: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Progress: %1 (%2 of %3 outputs done with evidence)</source>
        <translation>Kemajuan: %1 (%2 dari %3 keluaran selesai berbukti)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Meetings: %1</source>
        <translation>Rapat: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>belum ada bukti</translation>
    </message>
    <message>
        <source>No outputs are listed for this action in the year&apos;s catalogue.</source>
        <translation>Katalog tahun ini tidak mencantumkan keluaran untuk aksi ini.</translation>
    </message>
    <message>
        <source>Every required output is done with evidence.</source>
        <translation>Semua keluaran wajib sudah selesai dan berbukti.</translation>
    </message>
    <message>
        <source>evidence missing</source>
        <translation>bukti belum ada</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>belum selesai</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Masih kurang:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Convergence actions %1, situation on %2</source>
        <translation>Aksi konvergensi %1, keadaan per %2</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Tenggat mulai</translation>
    </message>
    <message>
        <source>Outputs done</source>
        <translation>Keluaran selesai</translation>
    </message>
    <message>
        <source>Outputs required</source>
        <translation>Keluaran wajib</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Kemajuan (%)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Berkas bukti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>AnthroCategory</name>
    <message>
        <source>Severely underweight</source>
        <translation>Berat badan sangat kurang</translation>
    </message>
    <message>
        <source>Underweight</source>
        <translation>Berat badan kurang</translation>
    </message>
    <message>
        <source>Normal weight</source>
        <translation>Berat badan normal</translation>
    </message>
    <message>
        <source>Risk of overweight</source>
        <translation>Risiko berat badan lebih</translation>
    </message>
    <message>
        <source>Severely stunted</source>
        <translation>Sangat pendek</translation>
    </message>
    <message>
        <source>Stunted</source>
        <translation>Pendek</translation>
    </message>
    <message>
        <source>Normal height</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Severely wasted</source>
        <translation>Gizi buruk</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Gizi kurang</translation>
    </message>
    <message>
        <source>Well nourished</source>
        <translation>Gizi baik</translation>
    </message>
    <message>
        <source>Possible risk of overweight</source>
        <translation>Berisiko gizi lebih</translation>
    </message>
    <message>
        <source>Overweight</source>
        <translation>Gizi lebih</translation>
    </message>
    <message>
        <source>Obese</source>
        <translation>Obesitas</translation>
    </message>
</context>
<context>
    <name>AnthroCsv</name>
    <message>
        <source>the column &quot;%1&quot; appears more than once in the header.</source>
        <translation>kolom &quot;%1&quot; muncul lebih dari sekali di baris judul.</translation>
    </message>
    <message>
        <source>the header has no column &quot;sex&quot; (the first line must name the columns: sex, age or age_days or birth_date, weight, lenhei, ...).</source>
        <translation>baris judul tidak memuat kolom &quot;sex&quot; (baris pertama harus menamai kolom: sex, age atau age_days atau birth_date, weight, lenhei, ...).</translation>
    </message>
    <message>
        <source>the age from dates needs both columns birth_date and measure_date.</source>
        <translation>umur dari tanggal memerlukan kedua kolom birth_date dan measure_date.</translation>
    </message>
    <message>
        <source>the header has no age column: give age (with age_unit, days or months), age_days, age_months, or birth_date and measure_date.</source>
        <translation>baris judul tidak memuat kolom umur: berikan age (dengan age_unit, days atau months), age_days, age_months, atau birth_date dan measure_date.</translation>
    </message>
    <message>
        <source>the header has no measurement column (weight, lenhei, headc, armc, triskin or subskin).</source>
        <translation>baris judul tidak memuat kolom pengukuran (weight, lenhei, headc, armc, triskin atau subskin).</translation>
    </message>
    <message>
        <source>the %1 %2 is not a number.</source>
        <translation>%1 %2 bukan angka.</translation>
    </message>
    <message>
        <source>the sex %1 is not known (use 1 or 2, m or f, L or P).</source>
        <translation>jenis kelamin %1 tidak dikenal (gunakan 1 atau 2, m atau f, L atau P).</translation>
    </message>
    <message>
        <source>age</source>
        <translation>umur</translation>
    </message>
    <message>
        <source>the age %1 is negative.</source>
        <translation>umur %1 negatif.</translation>
    </message>
    <message>
        <source>the age unit %1 is not days or months.</source>
        <translation>satuan umur %1 bukan days (hari) atau months (bulan).</translation>
    </message>
    <message>
        <source>the age %1 has no age_unit (days or months).</source>
        <translation>umur %1 tidak memiliki age_unit (days atau months).</translation>
    </message>
    <message>
        <source>the birth date %1 is not a date (YYYY-MM-DD).</source>
        <translation>tanggal lahir %1 bukan tanggal (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>the measurement date %1 is not a date (YYYY-MM-DD).</source>
        <translation>tanggal pengukuran %1 bukan tanggal (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>the measurement date %1 is before the birth date %2.</source>
        <translation>tanggal pengukuran %1 sebelum tanggal lahir %2.</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>berat badan</translation>
    </message>
    <message>
        <source>length/height</source>
        <translation>panjang/tinggi badan</translation>
    </message>
    <message>
        <source>head circumference</source>
        <translation>lingkar kepala</translation>
    </message>
    <message>
        <source>arm circumference</source>
        <translation>lingkar lengan atas</translation>
    </message>
    <message>
        <source>triceps skinfold</source>
        <translation>tebal lipatan kulit trisep</translation>
    </message>
    <message>
        <source>subscapular skinfold</source>
        <translation>tebal lipatan kulit subskapula</translation>
    </message>
    <message>
        <source>the measure %1 is not l or h (terlentang or berdiri).</source>
        <translation>cara ukur %1 bukan l atau h (terlentang atau berdiri).</translation>
    </message>
    <message>
        <source>the oedema %1 is not y or n (1 or 2).</source>
        <translation>edema %1 bukan y atau n (1 atau 2).</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text: this is not a CSV file of children, or it was saved in another encoding (save it as CSV UTF-8).</source>
        <translation>baris %1 bukan teks UTF-8: ini bukan berkas CSV data anak, atau disimpan dengan pengodean lain (simpan sebagai CSV UTF-8).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>berkas kosong.</translation>
    </message>
    <message>
        <source>line %1: the header is not CSV (%2).</source>
        <translation>baris %1: baris judul bukan CSV (%2).</translation>
    </message>
    <message>
        <source>the row is not CSV (%1).</source>
        <translation>baris ini bukan CSV (%1).</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2.</source>
        <translation>baris ini memiliki %1 kolom, baris judul %2.</translation>
    </message>
    <message>
        <source>the file has a header but no rows of children.</source>
        <translation>berkas memiliki baris judul tetapi tidak ada baris data anak.</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>tidak dapat membaca %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB.</source>
        <translation>%1 lebih besar dari 1 GB.</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>&amp;OPD:</source>
        <translation>&amp;OPD:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <source>&amp;From the directory:</source>
        <translation>&amp;Dari direktori:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>empty when only the OPD was invited</source>
        <translation>kosongkan bila yang diundang hanya OPD-nya</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Kehadiran:</translation>
    </message>
    <message>
        <source>&amp;Represented by:</source>
        <translation>&amp;Diwakili oleh:</translation>
    </message>
</context>
<context>
    <name>AuditCaseDialog</name>
    <message>
        <source>Audited case</source>
        <translation>Kasus audit</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Nomor kasus:</translation>
    </message>
    <message>
        <source>Numbers never repeat within a round: a new case gets the number after the highest one ever given, also when that case was removed.</source>
        <translation>Nomor tidak pernah berulang dalam satu putaran: kasus baru mendapat nomor sesudah nomor tertinggi yang pernah diberikan, juga bila kasus itu sudah dihapus.</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>Kelompok &amp;sasaran:</translation>
    </message>
    <message>
        <source>&amp;Desa:</source>
        <translation>&amp;Desa:</translation>
    </message>
    <message>
        <source>&amp;Measured on:</source>
        <translation>Tanggal penguku&amp;ran:</translation>
    </message>
    <message>
        <source>&amp;Finding and identity</source>
        <translation>Te&amp;muan dan identitas</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>T&amp;emuan:</translation>
    </message>
    <message>
        <source>e.g. length-for-age -2.6 SD; Hb 9.8 g/dL; upper-arm circumference 22 cm</source>
        <translation>mis. PB/U -2,6 SD; Hb 9,8 g/dL; LiLA 22 cm</translation>
    </message>
    <message>
        <source>Identity (personal data)</source>
        <translation>Identitas (data pribadi)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ama:</translation>
    </message>
    <message>
        <source>NI&amp;K:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Tanggal &amp;lahir:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Jenis kelamin:</translation>
    </message>
    <message>
        <source>&amp;Parents or partner:</source>
        <translation>&amp;Orang tua atau pasangan:</translation>
    </message>
    <message>
        <source>Show &amp;identity (logged)</source>
        <translation>Tampilkan identitas (di&amp;catat)</translation>
    </message>
    <message>
        <source>Names, NIK and birth dates are hidden. Showing them is recorded in the audit log.</source>
        <translation>Nama, NIK dan tanggal lahir disembunyikan. Menampilkannya dicatat di log audit.</translation>
    </message>
    <message>
        <source>E&amp;xpert review</source>
        <translation>&amp;Kajian pakar</translation>
    </message>
    <message>
        <source>Risk &amp;factors:</source>
        <translation>&amp;Faktor risiko:</translation>
    </message>
    <message>
        <source>Another risk factor</source>
        <translation>Faktor risiko lain</translation>
    </message>
    <message>
        <source>Add to &amp;list</source>
        <translation>Tam&amp;bah ke daftar</translation>
    </message>
    <message>
        <source>&amp;Causes (expert panel):</source>
        <translation>&amp;Penyebab (tim pakar):</translation>
    </message>
    <message>
        <source>&amp;Recommendations:</source>
        <translation>&amp;Rekomendasi:</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Tindak lanjut</translation>
    </message>
    <message>
        <source>Add follow-&amp;up…</source>
        <translation>Tambah tindak lanj&amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>U&amp;bah…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
</context>
<context>
    <name>AuditRoundDialog</name>
    <message>
        <source>Audit round</source>
        <translation>Putaran audit</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Putaran</translation>
    </message>
    <message>
        <source>&amp;Year and semester:</source>
        <translation>&amp;Tahun dan semester:</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Dissemination meeting:</source>
        <translation>Rapat &amp;diseminasi:</translation>
    </message>
    <message>
        <source>The TPPS meeting of the meeting register where the results of this round are disseminated.</source>
        <translation>Rapat TPPS dalam register rapat tempat hasil putaran ini didiseminasikan.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>T&amp;eam and expert panel</source>
        <translation>Ti&amp;m audit dan tim pakar</translation>
    </message>
    <message>
        <source>The audit team and the expert panel (pakar): tick the members of the expert panel.</source>
        <translation>Tim audit dan tim pakar: centang anggota yang termasuk tim pakar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Expert panel</source>
        <translation>Tim pakar</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Tambah &amp;anggota</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>&amp;Hapus anggota</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>Jad&amp;wal</translation>
    </message>
    <message>
        <source>The steps of the audit: when each is planned, how far it is, and when it was done.</source>
        <translation>Langkah-langkah audit: kapan direncanakan, sejauh mana berjalan, dan kapan selesai.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Mohon tunggu</translation>
    </message>
</context>
<context>
    <name>CaseAudit</name>
    <message>
        <source>CONFIDENTIAL: this file contains personal data (names, NIK, birth dates) of audited cases. Keep it safe and do not share it.</source>
        <translation>RAHASIA: berkas ini memuat data pribadi (nama, NIK, tanggal lahir) kasus yang diaudit. Simpan dengan aman dan jangan disebarluaskan.</translation>
    </message>
    <message>
        <source>Bride/groom-to-be</source>
        <translation>Calon pengantin</translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation>Ibu hamil</translation>
    </message>
    <message>
        <source>Postpartum mother</source>
        <translation>Ibu pasca persalinan</translation>
    </message>
    <message>
        <source>Child under two</source>
        <translation>Baduta</translation>
    </message>
    <message>
        <source>Child under five</source>
        <translation>Balita</translation>
    </message>
    <message>
        <source>Case selection</source>
        <translation>Pemilihan kasus</translation>
    </message>
    <message>
        <source>Expert panel review</source>
        <translation>Kajian tim pakar</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Rencana tindak lanjut</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Diseminasi</translation>
    </message>
    <message>
        <source>Follow-up monitoring</source>
        <translation>Pemantauan tindak lanjut</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum mulai</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>%1 semester %2</source>
        <translation>%1 semester %2</translation>
    </message>
    <message>
        <source>Stunting Case Audit Report</source>
        <translation>Laporan Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Disseminated at</source>
        <translation>Didiseminasikan pada</translation>
    </message>
    <message>
        <source>not yet linked to a meeting</source>
        <translation>belum ditautkan ke rapat</translation>
    </message>
    <message>
        <source>Cases audited</source>
        <translation>Kasus yang diaudit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Audit team and expert panel</source>
        <translation>Tim audit dan tim pakar</translation>
    </message>
    <message>
        <source>Expert panel</source>
        <translation>Tim pakar</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Tim audit</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Cases by target group</source>
        <translation>Kasus menurut kelompok sasaran</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Kelompok sasaran</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Cases by kecamatan</source>
        <translation>Kasus menurut kecamatan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Most frequent risk factors</source>
        <translation>Faktor risiko terbanyak</translation>
    </message>
    <message>
        <source>Risk factor</source>
        <translation>Faktor risiko</translation>
    </message>
    <message>
        <source>Follow-ups: %1 in all, %2 done, %3 still running, %4 overdue, %5 dropped. Completion: %6.</source>
        <translation>Tindak lanjut: %1 seluruhnya, %2 selesai, %3 masih berjalan, %4 terlambat, %5 dibatalkan. Penyelesaian: %6.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Cases are shown with initials and age only.</source>
        <translation>Kasus ditampilkan hanya dengan inisial dan umur.</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Faktor risiko</translation>
    </message>
    <message>
        <source>Causes (expert panel)</source>
        <translation>Penyebab (kesimpulan tim pakar)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Parents or partner</source>
        <translation>Orang tua atau pasangan</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Risk factor: %1</source>
        <translation>Faktor risiko: %1</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Tindak lanjut terlambat</translation>
    </message>
    <message>
        <source>The case needs a number (the next free number is %1).</source>
        <translation>Kasus memerlukan nomor (nomor bebas berikutnya: %1).</translation>
    </message>
    <message>
        <source>A case number has at most %1 characters.</source>
        <translation>Nomor kasus paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Case number %1 is already used in this round; numbers never repeat. The next free number is %2.</source>
        <translation>Nomor kasus %1 sudah dipakai dalam putaran ini; nomor tidak pernah berulang. Nomor bebas berikutnya: %2.</translation>
    </message>
    <message>
        <source>The year of the audit round is not valid.</source>
        <translation>Tahun putaran audit tidak valid.</translation>
    </message>
    <message>
        <source>The semester must be I or II.</source>
        <translation>Semester harus I atau II.</translation>
    </message>
    <message>
        <source>The audit round needs a title.</source>
        <translation>Putaran audit perlu judul.</translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation>Setiap anggota tim perlu nama.</translation>
    </message>
    <message>
        <source>A step of the audit appears twice.</source>
        <translation>Ada tahap audit yang tercantum dua kali.</translation>
    </message>
    <message>
        <source>A step marked done needs the date it was done.</source>
        <translation>Tahap yang ditandai selesai perlu tanggal selesainya.</translation>
    </message>
    <message>
        <source>Choose the desa of the case.</source>
        <translation>Pilih desa kasus.</translation>
    </message>
    <message>
        <source>A case needs at least the name.</source>
        <translation>Kasus sekurang-kurangnya perlu nama.</translation>
    </message>
    <message>
        <source>The NIK is not valid.</source>
        <translation>NIK tidak valid.</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>Tanggal lahir berada di masa depan.</translation>
    </message>
    <message>
        <source>The NIK must have exactly 16 digits.</source>
        <translation>NIK harus tepat 16 digit angka.</translation>
    </message>
    <message>
        <source>The first 6 digits of the NIK are not a known province, district and kecamatan code.</source>
        <translation>6 digit pertama NIK bukan kode provinsi, kabupaten/kota dan kecamatan yang dikenal.</translation>
    </message>
    <message>
        <source>Digits 7 to 12 of the NIK are not a date of birth (DDMMYY, 40 added to the day for women).</source>
        <translation>Digit ke-7 sampai ke-12 NIK bukan tanggal lahir (DDMMYY, tanggal ditambah 40 untuk perempuan).</translation>
    </message>
    <message>
        <source>The last 4 digits of the NIK cannot be 0000.</source>
        <translation>4 digit terakhir NIK tidak boleh 0000.</translation>
    </message>
    <message>
        <source>The NIK does not agree with the birth date entered.</source>
        <translation>NIK tidak sesuai dengan tanggal lahir yang diisi.</translation>
    </message>
    <message>
        <source>The NIK does not agree with the sex entered.</source>
        <translation>NIK tidak sesuai dengan jenis kelamin yang diisi.</translation>
    </message>
    <message>
        <source>The NIK was registered in another district (the person may have moved).</source>
        <translation>NIK terdaftar di kabupaten/kota lain (mungkin yang bersangkutan pindah).</translation>
    </message>
    <message>
        <source>Reading the audit round</source>
        <translation>Membaca putaran audit</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Menulis PDF</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Menulis berkas</translation>
    </message>
    <message>
        <source>Stunting case audit %1</source>
        <translation>Audit kasus stunting %1</translation>
    </message>
</context>
<context>
    <name>CaseAuditPage</name>
    <message numerus="yes">
        <source>%n follow-up(s) of audited cases overdue</source>
        <translation>
            <numerusform>%n tindak lanjut kasus audit terlambat</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet linked to a meeting</source>
        <translation>belum ditautkan ke rapat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dissemination:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Team:&lt;/b&gt; %2, of them %3 on the expert panel&lt;br&gt;&lt;b&gt;Steps:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Diseminasi:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Tim:&lt;/b&gt; %2, di antaranya %3 di tim pakar&lt;br&gt;&lt;b&gt;Langkah:&lt;/b&gt; %4</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n anggota</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n kasus</numerusform>
        </translation>
    </message>
    <message>
        <source>Most frequent risk factors</source>
        <translation>Faktor risiko terbanyak</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message numerus="yes">
        <source>%1 done of %2 (%3), %n overdue</source>
        <translation>
            <numerusform>%1 selesai dari %2 (%3), %n terlambat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the option %1 needs a value.</source>
        <translation>opsi %1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>the option %1 takes no value.</source>
        <translation>opsi %1 tidak menerima nilai.</translation>
    </message>
    <message>
        <source>unknown option %1. Try konvergensi-cli --help.</source>
        <translation>opsi %1 tidak dikenal. Coba konvergensi-cli --help.</translation>
    </message>
    <message>
        <source>the option %1 does not apply to &quot;%2&quot;.</source>
        <translation>opsi %1 tidak berlaku untuk &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;. Try konvergensi-cli --help.</source>
        <translation>argumen &quot;%1&quot; tidak diharapkan. Coba konvergensi-cli --help.</translation>
    </message>
    <message>
        <source>no command given. Try konvergensi-cli --help.</source>
        <translation>tidak ada perintah. Coba konvergensi-cli --help.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use table or csv.</source>
        <translation>format &quot;%1&quot; tidak dikenal: gunakan table atau csv.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Try konvergensi-cli --help.</source>
        <translation>perintah &quot;%1&quot; tidak dikenal. Coba konvergensi-cli --help.</translation>
    </message>
    <message>
        <source>the workspace %1 does not exist. Create it with: konvergensi-cli --database %1 init</source>
        <translation>ruang kerja %1 tidak ada. Buat dengan: konvergensi-cli --database %1 init</translation>
    </message>
    <message>
        <source>there is no workspace yet at the default place (%1). Create it with &quot;konvergensi-cli init&quot;, or name one with --database PATH.</source>
        <translation>belum ada ruang kerja di tempat bawaan (%1). Buat dengan &quot;konvergensi-cli init&quot;, atau sebutkan berkasnya dengan --database PATH.</translation>
    </message>
    <message>
        <source>Created the demo workspace %1 (Kabupaten Bengkalis, %2 villages).</source>
        <translation>Ruang kerja contoh %1 dibuat (Kabupaten Bengkalis, %2 desa/kelurahan).</translation>
    </message>
    <message>
        <source>Created the empty workspace %1.</source>
        <translation>Ruang kerja kosong %1 dibuat.</translation>
    </message>
    <message>
        <source>Checked %1: %2 rows are good. Importing would add %3, update %4 and leave %5 unchanged.</source>
        <translation>%1 diperiksa: %2 baris baik. Impor akan menambah %3, memperbarui %4, dan membiarkan %5 tetap.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 diimpor: %2 ditambah, %3 diperbarui, %4 tetap.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>nothing was imported from %1 (errors: %2). Fix the lines above and try again.</source>
        <translation>tidak ada yang diimpor dari %1 (kesalahan: %2). Perbaiki baris-baris di atas lalu coba lagi.</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Wilayah: %1</translation>
    </message>
    <message>
        <source>Usage: konvergensi-cli [--database PATH] COMMAND [OPTIONS]

Works on a Konvergensi workspace without opening a window.

Commands:
</source>
        <translation>Penggunaan: konvergensi-cli [--database PATH] PERINTAH [OPSI]

Bekerja pada ruang kerja Konvergensi tanpa membuka jendela.

Perintah:
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>&quot;%1&quot; memerlukan subperintah: %2.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1 %2&quot;: use %3.</source>
        <translation>subperintah &quot;%1 %2&quot; tidak dikenal: gunakan %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is incomplete. Usage: %2</source>
        <translation>&quot;%1&quot; belum lengkap. Penggunaan: %2</translation>
    </message>
    <message>
        <source>Create a new workspace: empty, or with --demo the demo district (Kabupaten Bengkalis). An existing file is never overwritten.</source>
        <translation>Membuat ruang kerja baru: kosong, atau dengan --demo berisi contoh Kabupaten Bengkalis. Berkas yang sudah ada tidak pernah ditimpa.</translation>
    </message>
    <message>
        <source>Import a region list (columns code, name and optional level, kind). Every row is checked first; nothing changes unless all are good. --dry-run only checks.</source>
        <translation>Mengimpor daftar wilayah (kolom code, name, dan level, kind bila ada). Setiap baris diperiksa dulu; tidak ada yang berubah kecuali semua baik. --dry-run hanya memeriksa.</translation>
    </message>
    <message>
        <source>Print every region in code order.</source>
        <translation>Menampilkan semua wilayah menurut urutan kode.</translation>
    </message>
    <message>
        <source>the option %1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>opsi %1 memerlukan bilangan bulat, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>name the year with --year Y.</source>
        <translation>sebutkan tahunnya dengan --year Y.</translation>
    </message>
    <message>
        <source>there is no convergence-action checklist for %1 in this workspace.</source>
        <translation>ruang kerja ini belum memiliki daftar periksa aksi konvergensi untuk %1.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Lead OPD</source>
        <translation>OPD pengampu</translation>
    </message>
    <message>
        <source>Progress of %1: %2% over %3 actions.</source>
        <translation>Kemajuan %1: %2% dari %3 aksi.</translation>
    </message>
    <message>
        <source>name the PDF file with --pdf FILE.</source>
        <translation>sebutkan berkas PDF dengan --pdf BERKAS.</translation>
    </message>
    <message>
        <source>the paper is a4 or f4, not &quot;%1&quot;.</source>
        <translation>kertas harus a4 atau f4, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Menulis %1 (%2 halaman).</translation>
    </message>
    <message>
        <source>Show the convergence actions of year Y: status, progress (outputs done with evidence), due date and lead OPD.</source>
        <translation>Tampilkan aksi konvergensi tahun Y: status, kemajuan (keluaran selesai berbukti), tenggat, dan OPD pengampu.</translation>
    </message>
    <message>
        <source>Write the action-progress report of year Y as a PDF on A4 (default) or F4 paper.</source>
        <translation>Tulis laporan kemajuan aksi tahun Y sebagai PDF pada kertas A4 (bawaan) atau F4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2 YEAR.</source>
        <translation>&quot;%1&quot; memerlukan %2 TAHUN.</translation>
    </message>
    <message>
        <source>the year must be between 2000 and 2100.</source>
        <translation>tahun harus antara 2000 dan 2100.</translation>
    </message>
    <message>
        <source>No locus villages for %1.</source>
        <translation>Tidak ada desa lokus untuk %1.</translation>
    </message>
    <message>
        <source>Decree: %1</source>
        <translation>Keputusan: %1</translation>
    </message>
    <message>
        <source>Villages not found: %1</source>
        <translation>Desa yang tidak ditemukan: %1</translation>
    </message>
    <message>
        <source>Checked %1: %2 villages are good for %3 (the list now holds %4).</source>
        <translation>Diperiksa %1: %2 desa benar untuk %3 (daftar saat ini berisi %4).</translation>
    </message>
    <message>
        <source>%1 already has a list of %2 villages. Run again with --replace to replace it.</source>
        <translation>%1 sudah memiliki daftar %2 desa. Jalankan lagi dengan --replace untuk menggantinya.</translation>
    </message>
    <message>
        <source>Imported %1: %2 locus villages for %3.</source>
        <translation>Diimpor %1: %2 desa lokus untuk %3.</translation>
    </message>
    <message>
        <source>Checked %1: scorecards of %2 villages are good (%3 would be replaced).</source>
        <translation>Diperiksa %1: scorecard %2 desa benar (%3 akan diganti).</translation>
    </message>
    <message>
        <source>Imported %1: scorecards of %2 villages (%3 replaced).</source>
        <translation>Diimpor %1: scorecard %2 desa (%3 diganti).</translation>
    </message>
    <message>
        <source>%1: %2 villages, %3: %4 villages; %5 added, %6 kept, %7 removed.</source>
        <translation>%1: %2 desa, %3: %4 desa; %5 ditambahkan, %6 tetap, %7 dikeluarkan.</translation>
    </message>
    <message>
        <source>Print the locus villages of a year by rank, with kecamatan, origin, the numbers behind them and the reason.</source>
        <translation>Cetak desa lokus suatu tahun menurut peringkat, dengan kecamatan, asal, angka pendukung dan alasannya.</translation>
    </message>
    <message>
        <source>Import a year&apos;s locus list from CSV or XLSX (kode or desa, kecamatan, peringkat, alasan, balita_diukur, balita_stunting, prevalensi, sasaran_1000_hpk, kemiskinan). Nothing changes unless every row is good; an existing list is replaced only with --replace.</source>
        <translation>Impor daftar desa lokus suatu tahun dari CSV atau XLSX (kode atau desa, kecamatan, peringkat, alasan, balita_diukur, balita_stunting, prevalensi, sasaran_1000_hpk, kemiskinan). Tidak ada yang berubah kecuali semua baris benar; daftar yang sudah ada hanya diganti dengan --replace.</translation>
    </message>
    <message>
        <source>Import village convergence scorecards of a year from CSV or XLSX (kode or desa, paket, indikator, sasaran, capaian, apbdes). All or nothing.</source>
        <translation>Impor scorecard konvergensi desa suatu tahun dari CSV atau XLSX (kode atau desa, paket, indikator, sasaran, capaian, apbdes). Semua atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>Compare two years&apos; locus lists: villages added, kept and removed, counts per kecamatan, and how the locus villages&apos; prevalence moved against the rest of the district.</source>
        <translation>Bandingkan daftar desa lokus dua tahun: desa yang ditambahkan, tetap dan dikeluarkan, jumlah per kecamatan, dan perubahan prevalensi desa lokus dibandingkan desa lain di kabupaten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Meetings: %1</source>
        <translation>Rapat: %1</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TERLAMBAT</translation>
    </message>
    <message>
        <source>Follow-ups: %1, overdue: %2</source>
        <translation>Tindak lanjut: %1, terlambat: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting number.</source>
        <translation>&quot;%1&quot; bukan nomor rapat.</translation>
    </message>
    <message>
        <source>List the TPPS meetings, newest first: number, date, kind, overdue follow-ups and title.</source>
        <translation>Menampilkan rapat TPPS, terbaru lebih dulu: nomor, tanggal, jenis, tindak lanjut terlambat dan judul.</translation>
    </message>
    <message>
        <source>Write the minutes of meeting ID (or with --attendance its attendance sheet) as a PDF.</source>
        <translation>Menulis notulen rapat ID (atau dengan --attendance daftar hadirnya) sebagai PDF.</translation>
    </message>
    <message>
        <source>%1 of %2 measured</source>
        <translation>%1 dari %2 balita diukur</translation>
    </message>
    <message>
        <source>Line %1: %2 %3 %4 %5: held %6; in the file %7</source>
        <translation>Baris %1: %2 %3 %4 %5: tersimpan %6; di berkas %7</translation>
    </message>
    <message>
        <source>nothing was imported from %1: %2 figures differ from the ones held (listed above). Run again with --replace to replace them.</source>
        <translation>tidak ada yang diimpor dari %1: %2 angka berbeda dari yang tersimpan (tercantum di atas). Jalankan lagi dengan --replace untuk menggantinya.</translation>
    </message>
    <message>
        <source>Checked %1: %2 rows are good: %3 new, %4 differ from the held figures, %5 unchanged.</source>
        <translation>%1 diperiksa: %2 baris baik: %3 baru, %4 berbeda dari angka tersimpan, %5 tetap.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 replaced, %4 unchanged.</source>
        <translation>%1 diimpor: %2 ditambah, %3 diganti, %4 tetap.</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; for %2: use %3.</source>
        <translation>nilai &quot;%1&quot; untuk %2 tidak dikenal: gunakan %3.</translation>
    </message>
    <message>
        <source>&quot;prevalence show&quot; needs --area CODE and --year YEAR.</source>
        <translation>&quot;prevalence show&quot; memerlukan --area KODE dan --year TAHUN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code.</source>
        <translation>&quot;%1&quot; bukan kode wilayah.</translation>
    </message>
    <message>
        <source>the region %1 is not in the workspace.</source>
        <translation>wilayah %1 tidak ada di ruang kerja.</translation>
    </message>
    <message>
        <source>No prevalence figures for %1 in %2.</source>
        <translation>Tidak ada angka prevalensi untuk %1 pada %2.</translation>
    </message>
    <message>
        <source>Import prevalence figures from CSV or XLSX (columns area, year, round, source, indicator, measured, cases, rate, eligible, note). Nothing changes unless every row is good; figures that differ from held ones are listed and replaced only with --replace.</source>
        <translation>Mengimpor angka prevalensi dari CSV atau XLSX (kolom area, year, round, source, indicator, measured, cases, rate, eligible, note). Tidak ada yang berubah kecuali semua baris baik; angka yang berbeda dari yang tersimpan ditampilkan dan hanya diganti dengan --replace.</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 kasus</translation>
    </message>
    <message>
        <source>follow-ups done %1/%2</source>
        <translation>tindak lanjut selesai %1/%2</translation>
    </message>
    <message>
        <source>not disseminated</source>
        <translation>belum didiseminasikan</translation>
    </message>
    <message>
        <source>disseminated %1</source>
        <translation>didiseminasikan %1</translation>
    </message>
    <message>
        <source>name the audit round with --round ID.</source>
        <translation>sebutkan putaran audit dengan --round ID.</translation>
    </message>
    <message>
        <source>there is no audit round %1.</source>
        <translation>tidak ada putaran audit %1.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Umur (bulan)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Kasus: %1</translation>
    </message>
    <message>
        <source>List the stunting case audit rounds, newest first, one line each, its number first.</source>
        <translation>Daftar putaran audit kasus stunting, terbaru lebih dulu, satu baris per putaran, diawali nomornya.</translation>
    </message>
    <message>
        <source>List the cases of an audit round with initials and age only (no name, NIK or birth date).</source>
        <translation>Daftar kasus satu putaran audit hanya dengan inisial dan umur (tanpa nama, NIK atau tanggal lahir).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audit round number.</source>
        <translation>&quot;%1&quot; bukan nomor putaran audit.</translation>
    </message>
    <message>
        <source>Write the report of audit round ID for the dissemination meeting as a PDF (initials and age only).</source>
        <translation>Tulis laporan putaran audit ID untuk rapat diseminasi sebagai PDF (hanya inisial dan umur).</translation>
    </message>
    <message>
        <source>&quot;prevalence remove&quot; needs --area CODE, --year YEAR, --round ROUND and --source SOURCE.</source>
        <translation>&quot;prevalence remove&quot; memerlukan --area KODE, --year TAHUN, --round PUTARAN dan --source SUMBER.</translation>
    </message>
    <message>
        <source>the area &quot;%1&quot; is neither a region of the workspace, a known puskesmas nor &quot;nasional&quot;.</source>
        <translation>wilayah &quot;%1&quot; bukan wilayah ruang kerja, bukan puskesmas yang dikenal, dan bukan &quot;nasional&quot;.</translation>
    </message>
    <message>
        <source>there is no figure for %1; nothing was removed. See &quot;prevalence show&quot; for the figures held.</source>
        <translation>tidak ada angka untuk %1; tidak ada yang dihapus. Lihat &quot;prevalence show&quot; untuk angka yang tersimpan.</translation>
    </message>
    <message>
        <source>Removed the figure %1: %2.</source>
        <translation>Angka %1 dihapus: %2.</translation>
    </message>
    <message>
        <source>Remove one figure: the area (region code, puskesmas code or nasional), year, round (february, august, survey), source and indicator (stunting when not given). Prints the figure removed; fails when there is none.</source>
        <translation>Menghapus satu angka: wilayah (kode wilayah, kode puskesmas, atau nasional), tahun, putaran (february, august, survey), sumber dan indikator (stunting bila tidak diberikan). Mencetak angka yang dihapus; gagal bila angkanya tidak ada.</translation>
    </message>
    <message>
        <source>--puskesmas needs a district, kecamatan or desa as --area, not a province.</source>
        <translation>--puskesmas memerlukan kabupaten/kota, kecamatan, atau desa sebagai --area, bukan provinsi.</translation>
    </message>
    <message>
        <source>Print the prevalence of an area and of every kecamatan and desa below it, one row per area, source and round: children measured, cases, rate and 95 % Wilson interval. Areas without their own figure show the sum of their villages&apos; counts. With --puskesmas, each puskesmas of the area follows (level &quot;puskesmas&quot;): the sum of the desa it serves (summed &quot;yes&quot;) and its own figure when one was entered.</source>
        <translation>Mencetak prevalensi sebuah wilayah dan setiap kecamatan dan desa di bawahnya, satu baris per wilayah, sumber dan putaran: balita diukur, kasus, angka prevalensi, dan interval Wilson 95 %. Wilayah tanpa angka sendiri menampilkan jumlah dari angka desanya. Dengan --puskesmas, setiap puskesmas di wilayah itu menyusul (tingkat &quot;puskesmas&quot;): jumlah dari desa wilayah kerjanya (summed &quot;yes&quot;) dan angkanya sendiri bila sudah diisikan.</translation>
    </message>
    <message>
        <source>%1: nothing was computed (lines with errors: %2). Fix the lines above and try again.</source>
        <translation>%1: tidak ada yang dihitung (baris yang salah: %2). Perbaiki baris di atas lalu coba lagi.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>tidak dapat menulis keluaran: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Wrote the z-scores of %1 children to %2.</source>
        <translation>Z-score %1 anak ditulis ke %2.</translation>
    </message>
    <message>
        <source>Length/height-for-age (HAZ): &lt; -2 SD is stunting</source>
        <translation>Panjang/tinggi badan menurut umur (HAZ): &lt; -2 SD adalah stunting</translation>
    </message>
    <message>
        <source>Weight-for-age (WAZ): &lt; -2 SD is underweight</source>
        <translation>Berat badan menurut umur (WAZ): &lt; -2 SD adalah berat badan kurang (underweight)</translation>
    </message>
    <message>
        <source>BMI-for-age (BAZ)</source>
        <translation>IMT menurut umur (BAZ)</translation>
    </message>
    <message>
        <source>Weight-for-length/height (WHZ): &lt; -2 SD is wasting, &gt; +2 SD overweight</source>
        <translation>Berat badan menurut panjang/tinggi badan (WHZ): &lt; -2 SD adalah wasting, &gt; +2 SD gizi lebih (overweight)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>&lt; -3 SD %</source>
        <translation>&lt; -3 SD %</translation>
    </message>
    <message>
        <source>&lt; -2 SD %</source>
        <translation>&lt; -2 SD %</translation>
    </message>
    <message>
        <source>&gt; +2 SD %</source>
        <translation>&gt; +2 SD %</translation>
    </message>
    <message>
        <source>mean z</source>
        <translation>rerata z</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SB</translation>
    </message>
    <message>
        <source>Stunting with wasting (HAZ &lt; -2 and WHZ &lt; -2) and with overweight (HAZ &lt; -2 and WHZ &gt; +2) (95 % CI)
</source>
        <translation>Stunting bersama wasting (HAZ &lt; -2 dan WHZ &lt; -2) dan bersama gizi lebih (HAZ &lt; -2 dan WHZ &gt; +2) (IK 95 %)
</translation>
    </message>
    <message>
        <source>stunted and wasted %</source>
        <translation>stunting dan wasting %</translation>
    </message>
    <message>
        <source>stunted and overweight %</source>
        <translation>stunting dan gizi lebih %</translation>
    </message>
    <message>
        <source>%1: no child is 1826 days (60 months) old or younger.</source>
        <translation>%1: tidak ada anak berumur 1826 hari (60 bulan) atau kurang.</translation>
    </message>
    <message>
        <source>WHO z-scores, flags and Indonesian categories of every child in a CSV file (no workspace needed).</source>
        <translation>Z-score WHO, tanda (flag) dan kategori standar antropometri Indonesia untuk setiap anak dalam berkas CSV (tanpa ruang kerja).</translation>
    </message>
    <message>
        <source>Prevalence of stunting, wasting, underweight and overweight with 95 % intervals, as the WHO anthro package gives it.</source>
        <translation>Prevalensi stunting, wasting, berat badan kurang dan gizi lebih dengan interval 95 %, seperti keluaran paket WHO anthro.</translation>
    </message>
    <message>
        <source>
Options:
  -d, --database PATH  The workspace file. Default:
                       %1
  --lang id|en         The language of this run&apos;s messages and documents.
                       Default: the language chosen in the window&apos;s
                       Settings, else Indonesian.
  --verbose            Also print the program&apos;s log messages.
  -h, --help           Show this help.
  -V, --version        Show the version.

Exit status: 0 on success, 1 when the command failed, 2 for a wrong command line.
</source>
        <translation>
Opsi:
  -d, --database PATH  Berkas ruang kerja. Bawaan:
                       %1
  --lang id|en         Bahasa pesan dan dokumen untuk sekali jalan ini.
                       Bawaan: bahasa yang dipilih di Pengaturan jendela,
                       selain itu Bahasa Indonesia.
  --verbose            Tampilkan juga pesan log program.
  -h, --help           Tampilkan bantuan ini.
  -V, --version        Tampilkan versi.

Status keluar: 0 bila berhasil, 1 bila perintah gagal, 2 bila baris perintah salah.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; writes %2 files; &quot;%3&quot; is not one.</source>
        <translation>&quot;%1&quot; menulis berkas %2; &quot;%3&quot; bukan salah satunya.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 sudah ditulis.</translation>
    </message>
    <message>
        <source>--weights takes four numbers of 0 or more, at least one above 0, for prevalence, stunted children, service gap and poverty, e.g. 40,30,20,10; not &quot;%1&quot;.</source>
        <translation>--weights menerima empat angka 0 atau lebih, sedikitnya satu di atas 0, untuk prevalensi, balita stunting, kesenjangan layanan, dan kemiskinan, mis. 40,30,20,10; bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--top takes a number of 1 or more.</source>
        <translation>--top menerima angka 1 atau lebih.</translation>
    </message>
    <message>
        <source>Saved the top %1 as the locus list of %2.</source>
        <translation>%1 desa teratas disimpan sebagai daftar desa lokus %2.</translation>
    </message>
    <message>
        <source>Rank every village of the district for the list of year Y from the data of Y0 (default the year before) by the weights of prevalence, stunted children, service gap and poverty (default 40,30,20,10); with --save, store the top N (default 15) as the year&apos;s list.</source>
        <translation>Memeringkat setiap desa di kabupaten untuk daftar tahun Y dengan data tahun Y0 (bawaan: tahun sebelumnya) menurut bobot prevalensi, balita stunting, kesenjangan layanan, dan kemiskinan (bawaan 40,30,20,10); dengan --save, N desa teratas (bawaan 15) disimpan sebagai daftar tahun itu.</translation>
    </message>
    <message>
        <source>Write the year&apos;s list as the attachment to the regent&apos;s decree (PDF on A4 or F4), or the list as a workbook or CSV.</source>
        <translation>Menulis daftar tahun itu sebagai lampiran Keputusan Bupati (PDF pada kertas A4 atau F4), atau daftarnya sebagai buku kerja atau CSV.</translation>
    </message>
    <message>
        <source>Write the year&apos;s scorecard summary (coverage of each service package and the APBDes allocation of every village) as PDF, XLSX or CSV.</source>
        <translation>Menulis ringkasan scorecard tahun itu (cakupan setiap paket layanan dan alokasi APBDes setiap desa) sebagai PDF, XLSX, atau CSV.</translation>
    </message>
    <message>
        <source>name the workbook with --xlsx FILE.</source>
        <translation>sebutkan berkas buku kerja dengan --xlsx BERKAS.</translation>
    </message>
    <message>
        <source>Write the convergence-action checklist of year Y as an XLSX workbook (one row per output, and a summary sheet).</source>
        <translation>Tulis daftar periksa aksi konvergensi tahun Y sebagai buku kerja XLSX (satu baris per keluaran, dan satu lembar ringkasan).</translation>
    </message>
    <message>
        <source>the export file must end in .xlsx or .csv: %1</source>
        <translation>berkas ekspor harus berakhiran .xlsx atau .csv: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n case(s)).</source>
        <translation>
            <numerusform>Menulis %1 (%n kasus).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds personal data (names, NIK, birth dates) and says so; each case&apos;s reveal is in the audit log. Keep it safe and do not share it.</source>
        <translation>Berkas ini memuat data pribadi (nama, NIK, tanggal lahir) dan menyatakannya; setiap pembukaan identitas kasus tercatat di log audit. Simpan dengan aman dan jangan dibagikan.</translation>
    </message>
    <message>
        <source>Export audit round ID to XLSX or CSV with initials and age only; with --with-identity also names, NIK, birth dates and parents, the file then marked as personal data and each reveal logged.</source>
        <translation>Ekspor putaran audit ID ke XLSX atau CSV dengan inisial dan umur saja; dengan --with-identity juga nama, NIK, tanggal lahir dan orang tua, lalu berkas ditandai berisi data pribadi dan setiap pembukaan identitas dicatat.</translation>
    </message>
    <message>
        <source>there was not enough memory to finish the command; nothing was changed. Is the file too large?</source>
        <translation>memori tidak cukup untuk menyelesaikan perintah; tidak ada yang diubah. Apakah berkasnya terlalu besar?</translation>
    </message>
    <message>
        <source>the command failed unexpectedly; nothing was changed. Run it again with --verbose for the details.</source>
        <translation>perintah gagal secara tak terduga; tidak ada yang diubah. Jalankan lagi dengan --verbose untuk rinciannya.</translation>
    </message>
    <message>
        <source>Note: the workspace was upgraded to this version of Konvergensi; a copy of it as it was is kept in %1.</source>
        <translation>Catatan: ruang kerja telah diperbarui ke versi Konvergensi ini; salinannya sebelum diperbarui disimpan di %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Header on row %1</source>
        <translation>Judul kolom pada baris %1</translation>
    </message>
    <message>
        <source>, extract date %1</source>
        <translation>, tanggal data %1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Putaran: %1</translation>
    </message>
    <message>
        <source>Rows read: %1, kept: %2, skipped: %3</source>
        <translation>Baris dibaca: %1, diambil: %2, dilewati: %3</translation>
    </message>
    <message>
        <source>  rows %1</source>
        <translation>  baris %1</translation>
    </message>
    <message>
        <source>Puskesmas: %1, posyandu: %2</source>
        <translation>Puskesmas: %1, posyandu: %2</translation>
    </message>
    <message>
        <source>No region for kecamatan &quot;%1&quot;, desa &quot;%2&quot; (rows %3); map it with: measurements map &quot;%1&quot; &quot;%2&quot; CODE</source>
        <translation>Tidak ada wilayah untuk kecamatan &quot;%1&quot;, desa &quot;%2&quot; (baris %3); petakan dengan: measurements map &quot;%1&quot; &quot;%2&quot; KODE</translation>
    </message>
    <message>
        <source>The round %1 already holds %2 measured children.</source>
        <translation>Putaran %1 sudah berisi %2 anak yang diukur.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Uji coba: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Imported round %1: %2 measured children, %3 rows skipped.</source>
        <translation>Putaran %1 diimpor: %2 anak diukur, %3 baris dilewati.</translation>
    </message>
    <message>
        <source>measurements summary needs --round YYYY-MM, for example --round 2024-08.</source>
        <translation>measurements summary memerlukan --round YYYY-MM, misalnya --round 2024-08.</translation>
    </message>
    <message>
        <source>the workspace holds no measurement round %1.</source>
        <translation>ruang kerja tidak memuat putaran pengukuran %1.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Stunted</source>
        <translation>Stunting</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Wasting</translation>
    </message>
    <message>
        <source>Underweight</source>
        <translation>Underweight</translation>
    </message>
    <message>
        <source>Overweight</source>
        <translation>Gizi lebih</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source> (invented children)</source>
        <translation> (anak rekaan)</translation>
    </message>
    <message>
        <source>%1 is not a desa/kelurahan code such as 14.03.01.2001.</source>
        <translation>%1 bukan kode desa/kelurahan seperti 14.03.01.2001.</translation>
    </message>
    <message>
        <source>the workspace holds no desa %1.</source>
        <translation>ruang kerja tidak memuat desa %1.</translation>
    </message>
    <message>
        <source>Kecamatan &quot;%1&quot;, desa &quot;%2&quot; now mean %3.</source>
        <translation>Kecamatan &quot;%1&quot;, desa &quot;%2&quot; sekarang berarti %3.</translation>
    </message>
    <message>
        <source>measurements publish needs --round YYYY-MM, for example --round 2024-08.</source>
        <translation>measurements publish memerlukan --round YYYY-MM, misalnya --round 2024-08.</translation>
    </message>
    <message>
        <source>Typed e-PPGBM figure differs from the children&apos;s: %1</source>
        <translation>Angka e-PPGBM yang diketik berbeda dari hitungan anak: %1</translation>
    </message>
    <message>
        <source>%1 e-PPGBM figures of round %2 written from its children.</source>
        <translation>%1 angka e-PPGBM putaran %2 ditulis dari data anaknya.</translation>
    </message>
    <message>
        <source>Imports an e-PPGBM per-child export (XLSX or CSV) as a weighing round, judging every child with the WHO standards.</source>
        <translation>Mengimpor ekspor e-PPGBM per anak (XLSX atau CSV) sebagai satu putaran penimbangan, dan menilai setiap anak dengan standar WHO.</translation>
    </message>
    <message>
        <source>Stunting, wasting, underweight and overweight of a round per area, counted from its children.</source>
        <translation>Stunting, wasting, underweight dan gizi lebih satu putaran per wilayah, dihitung dari anak-anaknya.</translation>
    </message>
    <message>
        <source>Writes a round&apos;s figures, counted from its children, as the e-PPGBM figures of the prevalence module; typed figures that differ are replaced only with --replace.</source>
        <translation>Menulis angka satu putaran, dihitung dari anak-anaknya, sebagai angka e-PPGBM modul prevalensi; angka ketikan yang berbeda hanya diganti dengan --replace.</translation>
    </message>
    <message>
        <source>Lists the weighing rounds held.</source>
        <translation>Menampilkan putaran penimbangan yang tersimpan.</translation>
    </message>
    <message>
        <source>Remembers that a kecamatan/desa name pair of e-PPGBM files means a desa of the workspace.</source>
        <translation>Mengingat bahwa pasangan nama kecamatan/desa dalam berkas e-PPGBM berarti satu desa di ruang kerja.</translation>
    </message>
    <message>
        <source>unknown register &quot;%1&quot;: use meetings or case-audit.</source>
        <translation>register &quot;%1&quot; tidak dikenal: gunakan meetings atau case-audit.</translation>
    </message>
    <message>
        <source>the option %1 needs a date such as 2024-12-31, not &quot;%2&quot;.</source>
        <translation>opsi %1 memerlukan tanggal seperti 2024-12-31, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>name a file ending in .xlsx or .csv, not &quot;%1&quot;.</source>
        <translation>sebutkan berkas berakhiran .xlsx atau .csv, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>--to lies before --from.</source>
        <translation>--to jatuh sebelum --from.</translation>
    </message>
    <message>
        <source>Exported %1 meetings to %2.</source>
        <translation>%1 rapat diekspor ke %2.</translation>
    </message>
    <message>
        <source>Exported %1 follow-ups to %2.</source>
        <translation>%1 tindak lanjut diekspor ke %2.</translation>
    </message>
    <message>
        <source>Export the meeting register (of one year with --year) as a workbook or CSV.</source>
        <translation>Ekspor daftar rapat (satu tahun dengan --year) sebagai buku kerja atau CSV.</translation>
    </message>
    <message>
        <source>Export the follow-ups of the meetings&apos; decisions (with --overdue only those past due) as a workbook or CSV.</source>
        <translation>Ekspor rencana tindak lanjut kesepakatan rapat (dengan --overdue hanya yang lewat tenggat) sebagai buku kerja atau CSV.</translation>
    </message>
    <message>
        <source>Write the follow-up report (follow-ups of the meetings due in the period, this year when not given, per responsible OPD) as a PDF.</source>
        <translation>Tulis laporan tindak lanjut (tindak lanjut rapat yang bertenggat dalam periode itu, tahun ini bila tidak disebut, per OPD penanggung jawab) sebagai PDF.</translation>
    </message>
    <message>
        <source>List the follow-ups of both registers (TPPS meetings and stunting case audit) by due date, each with its register; --register only one; --overdue only those past due and not done, counted as the window&apos;s sidebar counts them.</source>
        <translation>Tampilkan tindak lanjut kedua register (rapat TPPS dan audit kasus stunting) menurut tenggat, masing-masing dengan registernya; --register hanya satu register; --overdue hanya yang lewat tenggat dan belum selesai, dihitung sama seperti angka di menu samping jendela.</translation>
    </message>
    <message>
        <source>Write the dashboard summary as PDF, with the letterhead, the headline of each source, the trend and kecamatan charts, the kecamatan, desa and puskesmas tables and the signature. Without --source, the source with the most figures at its latest period.</source>
        <translation>Menulis ringkasan dasbor sebagai PDF, dengan kop surat, angka utama tiap sumber, grafik tren dan kecamatan, tabel kecamatan, desa dan puskesmas, serta tanda tangan. Tanpa --source, dipakai sumber dengan angka terbanyak pada periode terakhirnya.</translation>
    </message>
    <message>
        <source>Save a chart of the dashboard as PNG or PDF: the trend by source and year, or the prevalence by kecamatan of a source and period.</source>
        <translation>Menyimpan grafik dasbor sebagai PNG atau PDF: tren menurut sumber dan tahun, atau prevalensi per kecamatan dari satu sumber dan periode.</translation>
    </message>
    <message>
        <source>give --source, --year and --round together, or none of them.</source>
        <translation>berikan --source, --year dan --round bersama-sama, atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>the workspace has no district.</source>
        <translation>ruang kerja belum memiliki kabupaten/kota.</translation>
    </message>
    <message>
        <source>there are no %1 figures of %2 for %3 %4.</source>
        <translation>tidak ada angka %1 dari %2 untuk %3 %4.</translation>
    </message>
    <message>
        <source>Wrote the prevalence summary to %1.</source>
        <translation>Ringkasan prevalensi ditulis ke %1.</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;: use trend or kecamatan.</source>
        <translation>grafik &quot;%1&quot; tidak dikenal: gunakan trend atau kecamatan.</translation>
    </message>
    <message>
        <source>Wrote the chart &quot;%1&quot; to %2.</source>
        <translation>Grafik &quot;%1&quot; ditulis ke %2.</translation>
    </message>
    <message>
        <source>the workspace %1 does not exist.</source>
        <translation>ruang kerja %1 tidak ada.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 telah dicadangkan ke %2.</translation>
    </message>
    <message>
        <source>Warning: the workspace is damaged, and so is this copy. Run konvergensi-cli workspace check.</source>
        <translation>Peringatan: ruang kerja ini rusak, begitu pula salinannya. Jalankan konvergensi-cli workspace check.</translation>
    </message>
    <message>
        <source>DAMAGED: %1</source>
        <translation>RUSAK: %1</translation>
    </message>
    <message>
        <source>OK: %1 passed the integrity and foreign-key checks.</source>
        <translation>BAIK: %1 lolos pemeriksaan keutuhan dan kunci asing.</translation>
    </message>
    <message>
        <source>DAMAGED: %1 failed the check (%2 problems). Do not keep working in it. Restore the newest good backup: konvergensi-cli workspace restore BACKUP --to NEW.kvg.</source>
        <translation>RUSAK: %1 tidak lolos pemeriksaan (%2 masalah). Jangan lanjutkan bekerja di dalamnya. Pulihkan cadangan baik yang terbaru: konvergensi-cli workspace restore CADANGAN --to BARU.kvg.</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>Cadangan: %1</translation>
    </message>
    <message>
        <source>%1 exists; a restore never replaces a workspace unless asked. Restore into a new file with --to NEW.kvg, or add --replace (the current workspace is then kept in %2).</source>
        <translation>%1 sudah ada; pemulihan tidak pernah menimpa ruang kerja tanpa diminta. Pulihkan ke berkas baru dengan --to BARU.kvg, atau tambahkan --replace (ruang kerja yang sekarang lalu disimpan di %2).</translation>
    </message>
    <message>
        <source>Restored %1 as %2.</source>
        <translation>%1 telah dipulihkan sebagai %2.</translation>
    </message>
    <message>
        <source>Backups: %1 in %2</source>
        <translation>Cadangan: %1 di %2</translation>
    </message>
    <message>
        <source>%1 (what you type is shown; set %2 to avoid that): </source>
        <translation>%1 (yang Anda ketik terlihat; tetapkan %2 agar tidak terlihat): </translation>
    </message>
    <message>
        <source>no passphrase: set %1 or give it on standard input.</source>
        <translation>tidak ada frasa sandi: tetapkan %1 atau berikan lewat masukan standar.</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered: the identities of the cases (names, NIK, birth dates, parents) would be lost for good; everything else in the workspace stays readable. Keep the passphrase in a safe place.</source>
        <translation>Frasa sandi yang terlupa tidak dapat dipulihkan: identitas kasus (nama, NIK, tanggal lahir, orang tua) akan hilang untuk selamanya; semua isi ruang kerja yang lain tetap dapat dibaca. Simpan frasa sandi di tempat yang aman.</translation>
    </message>
    <message>
        <source>the identities are already protected; use workspace passphrase to change it.</source>
        <translation>identitas sudah dilindungi; gunakan workspace passphrase untuk menggantinya.</translation>
    </message>
    <message>
        <source> Run again with --confirm to set it.</source>
        <translation> Jalankan lagi dengan --confirm untuk menetapkannya.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <source>The identities in %1 are now encrypted with the passphrase.</source>
        <translation>Identitas di %1 kini dienkripsi dengan frasa sandi.</translation>
    </message>
    <message>
        <source>the identities are not protected yet (not encrypted); set a passphrase with workspace protect --confirm.</source>
        <translation>identitas belum dilindungi (belum dienkripsi); tetapkan frasa sandi dengan workspace protect --confirm.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frasa sandi saat ini</translation>
    </message>
    <message>
        <source>The passphrase was changed; every identity was encrypted again.</source>
        <translation>Frasa sandi telah diganti; setiap identitas telah dienkripsi ulang.</translation>
    </message>
    <message>
        <source>Copy the workspace to a new file (a consistent copy even while it is in use). An existing file is never overwritten.</source>
        <translation>Salin ruang kerja ke berkas baru (salinan utuh meskipun sedang dipakai). Berkas yang sudah ada tidak pernah ditimpa.</translation>
    </message>
    <message>
        <source>Check the workspace (integrity and foreign keys) and say OK or DAMAGED; exit status 0 or 1.</source>
        <translation>Periksa ruang kerja (keutuhan dan kunci asing) dan nyatakan BAIK atau RUSAK; status keluar 0 atau 1.</translation>
    </message>
    <message>
        <source>Restore a backup into a new file (--to), or over the workspace only with --replace (the replaced one is kept in its backup folder).</source>
        <translation>Pulihkan cadangan ke berkas baru (--to), atau menimpa ruang kerja hanya dengan --replace (yang ditimpa disimpan di folder cadangannya).</translation>
    </message>
    <message>
        <source>List the automatic backups kept beside the workspace, newest first.</source>
        <translation>Daftar cadangan otomatis yang disimpan di samping ruang kerja, terbaru lebih dulu.</translation>
    </message>
    <message>
        <source>Encrypt the identities of the cases with a passphrase (from KONVERGENSI_NEW_PASSPHRASE or typed). A forgotten passphrase loses the identities only.</source>
        <translation>Enkripsi identitas kasus dengan frasa sandi (dari KONVERGENSI_NEW_PASSPHRASE atau diketik). Frasa sandi yang terlupa hanya menghilangkan identitas.</translation>
    </message>
    <message>
        <source>Change the passphrase (KONVERGENSI_PASSPHRASE and KONVERGENSI_NEW_PASSPHRASE, or typed); every identity is encrypted again in one step.</source>
        <translation>Ganti frasa sandi (KONVERGENSI_PASSPHRASE dan KONVERGENSI_NEW_PASSPHRASE, atau diketik); setiap identitas dienkripsi ulang dalam satu langkah.</translation>
    </message>
    <message>
        <source>name the semester with --semester 1 (January-June) or 2 (July-December).</source>
        <translation>sebutkan semesternya dengan --semester 1 (Januari-Juni) atau 2 (Juli-Desember).</translation>
    </message>
    <message>
        <source>the year is between 2000 and 2100, not %1.</source>
        <translation>tahun harus antara 2000 dan 2100, bukan %1.</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 disebut dua kali.</translation>
    </message>
    <message>
        <source>the report date is a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>tanggal laporan ditulis TTTT-BB-HH, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the report date %1 is before the semester begins (%2).</source>
        <translation>tanggal laporan %1 sebelum semester dimulai (%2).</translation>
    </message>
    <message>
        <source>Write the TPPS semester report (semester 1: January-June, 2: July-December) as a PDF, and as an OpenDocument text and an XLSX annex of its tables when asked. It is signed on --date, else on the date stored with the report, else today.</source>
        <translation>Menulis laporan semester TPPS (semester 1: Januari-Juni, 2: Juli-Desember) sebagai PDF, dan bila diminta juga sebagai teks OpenDocument dan lampiran XLSX berisi tabelnya. Laporan ditandatangani pada tanggal --date, jika tidak ada pada tanggal yang tersimpan bersama laporan, jika tidak ada juga pada hari ini.</translation>
    </message>
    <message>
        <source>%1 (not shown as you type): </source>
        <translation>%1 (tidak ditampilkan saat diketik): </translation>
    </message>
    <message>
        <source>init makes a workspace file; a server database is prepared with: konvergensi-cli --database %1 server init</source>
        <translation>init membuat berkas ruang kerja; basis data server disiapkan dengan: konvergensi-cli --database %1 server init</translation>
    </message>
    <message>
        <source>this command works on a server: give --database postgresql://user@host:port/database</source>
        <translation>perintah ini bekerja pada server: berikan --database postgresql://pengguna@host:porta/basisdata</translation>
    </message>
    <message>
        <source>Prepared %1: workspace schema version %2, roles %3.</source>
        <translation>%1 sudah disiapkan: skema ruang kerja versi %2, peran %3.</translation>
    </message>
    <message>
        <source>%1 is already at version %2; the grants were renewed.</source>
        <translation>%1 sudah pada versi %2; hak akses diperbarui.</translation>
    </message>
    <message>
        <source>Upgraded %1 from version %2 to %3.</source>
        <translation>%1 dimutakhirkan dari versi %2 ke %3.</translation>
    </message>
    <message>
        <source>Password for the new user (what you type is shown; set KONVERGENSI_NEW_PASSWORD to avoid that; empty for none): </source>
        <translation>Kata sandi pengguna baru (ketikan Anda terlihat; pakai KONVERGENSI_NEW_PASSWORD untuk menghindarinya; kosong bila tanpa kata sandi): </translation>
    </message>
    <message>
        <source>--role: one of %1.</source>
        <translation>--role: salah satu dari %1.</translation>
    </message>
    <message>
        <source>Added the user %1 with the role %2 on %3.</source>
        <translation>Pengguna %1 dengan peran %2 ditambahkan di %3.</translation>
    </message>
    <message>
        <source>Copied %1 to %2. Every table checked on both sides:</source>
        <translation>%1 disalin ke %2. Setiap tabel diperiksa di kedua sisi:</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in all, identical in both.</source>
        <translation>
            <numerusform>%n baris seluruhnya, sama di keduanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare an empty PostgreSQL database (--database postgresql://...) for a shared workspace: the schema and the roles admin, meetings, locus, prevalence, case-audit, identity, reader.</source>
        <translation>Menyiapkan basis data PostgreSQL kosong (--database postgresql://...) untuk ruang kerja bersama: skema dan peran admin, meetings, locus, prevalence, case-audit, identity, reader.</translation>
    </message>
    <message>
        <source>Bring the server&apos;s workspace up to this program&apos;s version (as an administrator) and renew the grants.</source>
        <translation>Memutakhirkan ruang kerja server ke versi program ini (sebagai administrator) dan memperbarui hak akses.</translation>
    </message>
    <message>
        <source>Make a login on the server with a role (password from KONVERGENSI_NEW_PASSWORD or typed).</source>
        <translation>Membuat login di server dengan suatu peran (kata sandi dari KONVERGENSI_NEW_PASSWORD atau diketik).</translation>
    </message>
    <message>
        <source>Copy a whole workspace between a file and a server (either way) in one transaction, then compare the rows and a checksum of every table. TO is a new file or a database just prepared with server init.</source>
        <translation>Menyalin seluruh ruang kerja antara berkas dan server (ke dua arah) dalam satu transaksi, lalu membandingkan jumlah baris dan checksum setiap tabel. TUJUAN adalah berkas baru atau basis data yang baru disiapkan dengan server init.</translation>
    </message>
    <message>
        <source>measurements targets needs --round YYYY-MM, for example --round 2024-08.</source>
        <translation>measurements targets memerlukan --round YYYY-MM, misalnya --round 2024-08.</translation>
    </message>
    <message>
        <source>Target data of %1 desa written to %2.</source>
        <translation>Data sasaran %1 desa ditulis ke %2.</translation>
    </message>
    <message>
        <source>Families: family data of %1.</source>
        <translation>Keluarga: data keluarga tahun %1.</translation>
    </message>
    <message>
        <source>Families: not entered.</source>
        <translation>Keluarga: belum diisi.</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Diukur</translation>
    </message>
    <message>
        <source>Sev.stunted</source>
        <translation>Sgt.pendek</translation>
    </message>
    <message>
        <source>measurements families needs --year YYYY, the year of the family data.</source>
        <translation>measurements families memerlukan --year YYYY, tahun data keluarga.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>nothing was imported: %1 rows have problems.</source>
        <translation>tidak ada yang diimpor: %1 baris bermasalah.</translation>
    </message>
    <message>
        <source>%1 desa read; dry run: nothing was written.</source>
        <translation>%1 desa terbaca; uji coba: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Families of %1 desa stored for %2.</source>
        <translation>Data keluarga %1 desa disimpan untuk tahun %2.</translation>
    </message>
    <message>
        <source>The ministry&apos;s target data per desa for a round: families, families at risk, children measured, severely stunted and stunted.</source>
        <translation>Data sasaran per desa untuk Kemendagri dari satu penimbangan: keluarga, keluarga berisiko stunting, anak diukur, sangat pendek dan pendek.</translation>
    </message>
    <message>
        <source>Imports the families and families at risk of stunting per desa (CSV or XLSX with kode_desa or kecamatan and desa, keluarga, keluarga berisiko stunting); every row is checked and nothing is stored when one is wrong.</source>
        <translation>Mengimpor jumlah keluarga dan keluarga berisiko stunting per desa (CSV atau XLSX dengan kode_desa atau kecamatan dan desa, keluarga, keluarga berisiko stunting); setiap baris diperiksa dan tidak ada yang disimpan bila satu saja salah.</translation>
    </message>
    <message>
        <source>measurements quality needs --round YYYY-MM, for example --round 2024-08.</source>
        <translation>measurements quality memerlukan --round TTTT-BB, misalnya --round 2024-08.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Skip%</source>
        <translation>Lewat%</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>TakWjr</translation>
    </message>
    <message>
        <source>NoHt%</source>
        <translation>TnpTB%</translation>
    </message>
    <message>
        <source>.0/.5%</source>
        <translation>.0/.5%</translation>
    </message>
    <message>
        <source>Pos%</source>
        <translation>Posisi%</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>(no posyandu)</source>
        <translation>(tanpa posyandu)</translation>
    </message>
    <message>
        <source>Age in months (district): %1</source>
        <translation>Umur dalam bulan (kabupaten): %1</translation>
    </message>
    <message>
        <source>%1 posyandu need attention.</source>
        <translation>%1 posyandu perlu perhatian.</translation>
    </message>
    <message>
        <source>Data quality of a round per posyandu: skipped rows, implausible z-scores, missing heights, heights ending in .0 or .5, measuring position, age distribution.</source>
        <translation>Mutu data satu putaran per posyandu: baris dilewati, z-score tidak wajar, tinggi kosong, tinggi berakhir .0 atau .5, posisi ukur, sebaran umur.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option %1. Try konvergensi --help.</source>
        <translation>opsi %1 tidak dikenal. Coba konvergensi --help.</translation>
    </message>
    <message>
        <source>%1 needs a value: id or en.</source>
        <translation>%1 memerlukan nilai: id atau en.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use id (Bahasa Indonesia) or en (English).</source>
        <translation>bahasa &quot;%1&quot; tidak dikenal: gunakan id (Bahasa Indonesia) atau en (English).</translation>
    </message>
    <message>
        <source>only one workspace can be opened; &quot;%1&quot; is one too many.</source>
        <translation>hanya satu ruang kerja yang dapat dibuka; &quot;%1&quot; berlebih.</translation>
    </message>
    <message>
        <source>Usage: konvergensi [OPTIONS] [WORKSPACE.kvg]

Konvergensi: the district&apos;s stunting-reduction convergence work (TPPS meetings, locus villages,
the 8 convergence actions, prevalence, the stunting case audit) in one workspace.

Without a file it opens the most recent workspace (the demo district on the first start).
A workspace on the office server is named by its address, postgresql://user@host:port/database
(the password from PGPASSWORD or ~/.pgpass).

Options:
  --lang id|en   Interface language for this run (default: Indonesian, or the one
                 chosen in Settings).
  -h, --help     Show this help.
  -v, --version  Show the version.

konvergensi-cli works on the same workspaces without a window.
</source>
        <translation>Penggunaan: konvergensi [OPSI] [RUANG-KERJA.kvg]

Konvergensi: kerja konvergensi percepatan penurunan stunting kabupaten/kota (rapat TPPS, desa
lokus, 8 aksi konvergensi, prevalensi, audit kasus stunting) dalam satu ruang kerja.

Tanpa berkas, program membuka ruang kerja terakhir (kabupaten contoh pada awal pemakaian).
Ruang kerja di server kantor disebut dengan alamatnya, postgresql://pengguna@host:porta/basisdata
(kata sandi dari PGPASSWORD atau ~/.pgpass).

Opsi:
  --lang id|en   Bahasa antarmuka untuk kali ini (bawaan: Bahasa Indonesia, atau yang
                 dipilih di Pengaturan).
  -h, --help     Tampilkan bantuan ini.
  -v, --version  Tampilkan versi.

konvergensi-cli bekerja pada ruang kerja yang sama tanpa jendela.
</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Figures that differ</source>
        <translation>Angka yang berbeda</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is too large to import (%1 MB; at most %2 MB).</source>
        <translation>Berkas terlalu besar untuk diimpor (%1 MB; paling besar %2 MB).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Berkas disimpan sebagai UTF-16 (&quot;Unicode text&quot;). Simpan sebagai &quot;CSV UTF-8&quot; lalu coba lagi.</translation>
    </message>
    <message>
        <source>Line %1 holds binary data: this is not a CSV text file.</source>
        <translation>Baris %1 berisi data biner: ini bukan berkas teks CSV.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Baris %1 bukan teks UTF-8 yang sah. Simpan berkas sebagai &quot;CSV UTF-8&quot; lalu coba lagi.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted value that is never closed. Check the double quotes on that line.</source>
        <translation>Baris %1 membuka nilai bertanda kutip yang tidak pernah ditutup. Periksa tanda kutip ganda pada baris itu.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>the row has %1 fields, but the header line has %2. A value that holds the separator (%3) must be put in double quotes.</source>
        <translation>baris ini memiliki %1 kolom, sedangkan baris judul memiliki %2. Nilai yang memuat pemisah (%3) harus diapit tanda kutip ganda.</translation>
    </message>
    <message>
        <source>the row has %1 fields, but the header line has %2.</source>
        <translation>baris ini memiliki %1 kolom, sedangkan baris judul memiliki %2.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>… and %1 more lines with errors.</source>
        <translation>… dan %1 baris lain yang bermasalah.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe); only files can be imported.</source>
        <translation>%1 bukan berkas biasa (folder, perangkat, atau pipa); hanya berkas yang dapat diimpor.</translation>
    </message>
    <message>
        <source>The file is too large to import (more than %1 rows, %2 columns or %3 cells).</source>
        <translation>Berkas terlalu besar untuk diimpor (lebih dari %1 baris, %2 kolom, atau %3 sel).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… dan %n lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is too large to import: there is not enough memory.</source>
        <translation>Berkas terlalu besar untuk diimpor: memori tidak cukup.</translation>
    </message>
    <message>
        <source>the row breaks a rule.</source>
        <translation>baris melanggar suatu aturan.</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>met, %1 below</source>
        <translation>tercapai, %1 di bawah</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>%1 di atas</translation>
    </message>
    <message>
        <source>(sum of desa)</source>
        <translation>(jumlah desa)</translation>
    </message>
    <message>
        <source>No figures for %1 in this workspace yet.</source>
        <translation>Belum ada angka %1 di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Latest figure</source>
        <translation>Angka terakhir</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prevalensi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Children measured</source>
        <translation>Balita diukur</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Interval 95 %</translation>
    </message>
    <message>
        <source>Severity (WHO)</source>
        <translation>Tingkat (WHO)</translation>
    </message>
    <message>
        <source>No desa has a figure in this period.</source>
        <translation>Belum ada desa yang memiliki angka pada periode ini.</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 dari %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Own figure</source>
        <translation>Angka sendiri</translation>
    </message>
    <message>
        <source>%1 prevalence in %2</source>
        <translation>Prevalensi %1 di %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Latest figure of each source</source>
        <translation>Angka terakhir tiap sumber</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>By kecamatan</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <source>By kecamatan, %1</source>
        <translation>Per kecamatan, %1</translation>
    </message>
    <message>
        <source>Data completeness and locus villages</source>
        <translation>Kelengkapan data dan desa lokus</translation>
    </message>
    <message>
        <source>Desa with the highest prevalence</source>
        <translation>Desa dengan prevalensi tertinggi</translation>
    </message>
    <message>
        <source>Children measured, cases and prevalence are the sums of the desa each puskesmas serves (cases divided by children measured). &quot;Own figure&quot; is the figure entered for the puskesmas itself; the two are never mixed.</source>
        <translation>Balita diukur, kasus dan prevalensi adalah jumlah dari desa wilayah kerja tiap puskesmas (kasus dibagi balita diukur). &quot;Angka sendiri&quot; adalah angka yang diisikan untuk puskesmas itu sendiri; keduanya tidak pernah dicampur.</translation>
    </message>
    <message>
        <source>Drawing the charts</source>
        <translation>Menggambar grafik</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>These have changes that are not saved yet:</source>
        <translation>Perubahan pada bagian berikut belum disimpan:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save them all, discard them, or go back to the program?</source>
        <translation>Simpan semuanya, buang, atau kembali ke program?</translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation>&amp;Simpan semua</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
</context>
<context>
    <name>EventGuard</name>
    <message>
        <source>This step could not be finished: %1 Your open editors keep what you typed.</source>
        <translation>Langkah ini tidak dapat diselesaikan: %1 Penyunting yang terbuka tetap menyimpan apa yang Anda ketik.</translation>
    </message>
    <message>
        <source>There is not enough memory for this step. Close other programs and try again; your open editors keep what you typed.</source>
        <translation>Memori tidak cukup untuk langkah ini. Tutup program lain lalu coba lagi; penyunting yang terbuka tetap menyimpan apa yang Anda ketik.</translation>
    </message>
    <message>
        <source>This step could not be finished because of an unexpected error. Your open editors keep what you typed; save them and restart the program.</source>
        <translation>Langkah ini tidak dapat diselesaikan karena kesalahan yang tidak terduga. Penyunting yang terbuka tetap menyimpan apa yang Anda ketik; simpan lalu mulai ulang program.</translation>
    </message>
</context>
<context>
    <name>FigureImport</name>
    <message>
        <source>Checking the file</source>
        <translation>Memeriksa berkas</translation>
    </message>
    <message>
        <source>Importing the figures</source>
        <translation>Mengimpor angka</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Teks OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Disimpan: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>&amp;What is to be done:</source>
        <translation>&amp;Yang harus dilakukan:</translation>
    </message>
    <message>
        <source>Responsible &amp;OPD:</source>
        <translation>&amp;OPD penanggung jawab:</translation>
    </message>
    <message>
        <source>Other &amp;unit:</source>
        <translation>&amp;Unit lain:</translation>
    </message>
    <message>
        <source>e.g. Puskesmas Bantan</source>
        <translation>mis. Puskesmas Bantan</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Petugas:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Tenggat:</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Date &amp;done:</source>
        <translation>Tanggal &amp;selesai:</translation>
    </message>
    <message>
        <source>Progress &amp;notes:</source>
        <translation>&amp;Catatan perkembangan:</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Selesai pada:</translation>
    </message>
</context>
<context>
    <name>FollowUpRegister</name>
    <message>
        <source>TPPS meetings</source>
        <translation>Rapat TPPS</translation>
    </message>
    <message>
        <source>Stunting Case Audit</source>
        <translation>Audit Kasus Stunting</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Not started</source>
        <translation>Belum mulai</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Sebutkan apa yang harus dilakukan.</translation>
    </message>
    <message>
        <source>Choose the responsible OPD (or name another responsible unit).</source>
        <translation>Pilih OPD penanggung jawab (atau sebutkan unit lain yang bertanggung jawab).</translation>
    </message>
    <message>
        <source>The due date lies before the meeting it comes from.</source>
        <translation>Tenggat jatuh sebelum tanggal rapatnya.</translation>
    </message>
    <message>
        <source>A follow-up that is done needs the date it was done.</source>
        <translation>Tindak lanjut yang selesai harus memiliki tanggal selesai.</translation>
    </message>
    <message>
        <source>Only a follow-up that is done has a date done.</source>
        <translation>Hanya tindak lanjut yang selesai yang memiliki tanggal selesai.</translation>
    </message>
    <message>
        <source>The date done lies before the meeting it comes from.</source>
        <translation>Tanggal selesai jatuh sebelum tanggal rapatnya.</translation>
    </message>
    <message numerus="yes">
        <source>What is to be done may be at most %n characters long.</source>
        <translation>
            <numerusform>Uraian tindak lanjut paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The responsible unit and the person may be at most %n characters long.</source>
        <translation>
            <numerusform>Unit penanggung jawab dan nama petugas masing-masing paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The progress notes may be at most %n characters long.</source>
        <translation>
            <numerusform>Catatan perkembangan paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Terlambat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Selesai %1</translation>
    </message>
    <message>
        <source>A follow-up that is done can only be reopened, and a dropped one only taken up again as not started.</source>
        <translation>Tindak lanjut yang sudah selesai hanya dapat dibuka kembali, dan yang dibatalkan hanya dapat dimulai lagi sebagai belum mulai.</translation>
    </message>
    <message>
        <source>The date done cannot lie in the future.</source>
        <translation>Tanggal selesai tidak boleh di masa depan.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>terlambat %n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityVault</name>
    <message>
        <source>There was not enough memory to derive the key from the passphrase.</source>
        <translation>Memori tidak cukup untuk menurunkan kunci dari frasa sandi.</translation>
    </message>
    <message>
        <source>The identities of this workspace are protected by a passphrase. Enter it to see or change an identity.</source>
        <translation>Identitas di ruang kerja ini dilindungi frasa sandi. Masukkan frasa sandi untuk melihat atau mengubah identitas.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>Frasa sandi salah.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Frasa sandi harus paling sedikit %1 karakter.</translation>
    </message>
    <message>
        <source>This workspace already has a passphrase; change it instead.</source>
        <translation>Ruang kerja ini sudah memiliki frasa sandi; gantilah frasa sandinya.</translation>
    </message>
    <message>
        <source>An identity could not be read with the current passphrase; nothing was changed.</source>
        <translation>Sebuah identitas tidak dapat dibaca dengan frasa sandi sekarang; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>An identity could not be read: it was changed outside Konvergensi or is damaged.</source>
        <translation>Sebuah identitas tidak dapat dibaca: diubah di luar Konvergensi atau rusak.</translation>
    </message>
</context>
<context>
    <name>LetterheadForm</name>
    <message>
        <source>District identity and letterhead for printed reports</source>
        <translation>Identitas daerah dan kop surat untuk laporan cetak</translation>
    </message>
    <message>
        <source>&amp;District name:</source>
        <translation>Nama &amp;daerah:</translation>
    </message>
    <message>
        <source>e.g. Kabupaten Bengkalis</source>
        <translation>mis. Kabupaten Bengkalis</translation>
    </message>
    <message>
        <source>&amp;Government:</source>
        <translation>&amp;Pemerintah:</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Bengkalis</source>
        <translation>mis. Pemerintah Kabupaten Bengkalis</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <source>e.g. Badan Perencanaan Pembangunan Daerah</source>
        <translation>mis. Badan Perencanaan Pembangunan Daerah</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>Street, town, postal code</source>
        <translation>Jalan, kota, kode pos</translation>
    </message>
    <message>
        <source>Phone, e-&amp;mail, website:</source>
        <translation>&amp;Telepon, surel, situs web:</translation>
    </message>
    <message>
        <source>&amp;Place of signing:</source>
        <translation>Tempat penandatan&amp;ganan:</translation>
    </message>
    <message>
        <source>e.g. Bengkalis</source>
        <translation>mis. Bengkalis</translation>
    </message>
    <message>
        <source>Signed by (p&amp;osition):</source>
        <translation>Penanda tangan (&amp;jabatan):</translation>
    </message>
    <message>
        <source>e.g. Kepala Bappeda Kabupaten Bengkalis</source>
        <translation>mis. Kepala Bappeda Kabupaten Bengkalis</translation>
    </message>
    <message>
        <source>Signed by (nam&amp;e):</source>
        <translation>Penanda tangan (na&amp;ma):</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 angka</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Pilih &amp;logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
</context>
<context>
    <name>LocusComparison</name>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>tetap</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dikeluarkan</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s)</source>
        <translation>
            <numerusform>%n desa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2; %3: %4. %5 added, %6 kept, %7 removed.</source>
        <translation>%1: %2; %3: %4. %5 ditambahkan, %6 tetap, %7 dikeluarkan.</translation>
    </message>
    <message>
        <source>Prevalence cannot be compared: figures of villages on and off the list of %1 are needed for both years.</source>
        <translation>Prevalensi tidak dapat dibandingkan: diperlukan angka desa di dalam dan di luar daftar %1 untuk kedua tahun.</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>tidak ada angka</translation>
    </message>
    <message>
        <source>Figures held: %1 for %2, %3 for %4.</source>
        <translation>Angka yang ada: %1 untuk %2, %3 untuk %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) with figures in both years</source>
        <translation>
            <numerusform>%n desa dengan angka di kedua tahun</numerusform>
        </translation>
    </message>
    <message>
        <source>Stunting prevalence of the locus villages of %1 (%2 → %3) went from %4 to %5 (%6 points; %7); in the rest of the district (%8) from %9 to %10 (%11 points).</source>
        <translation>Prevalensi stunting desa lokus %1 (%2 → %3) berubah dari %4 menjadi %5 (%6 poin; %7); di desa lain di kabupaten (%8) dari %9 menjadi %10 (%11 poin).</translation>
    </message>
</context>
<context>
    <name>LocusDecreeDialog</name>
    <message>
        <source>Regent&apos;s decree</source>
        <translation>Keputusan Bupati</translation>
    </message>
    <message>
        <source>The regent&apos;s decree (SK Bupati) that fixes the year&apos;s list of locus villages. The printed attachment of the list carries its number, date and signatory.</source>
        <translation>Keputusan Bupati (SK Bupati) yang menetapkan daftar desa lokus tahun ini. Lampiran daftar yang dicetak memuat nomor, tanggal, dan penandatangannya.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nomor:</translation>
    </message>
    <message>
        <source>e.g. 150/KPTS/III/2021</source>
        <translation>mis. 150/KPTS/III/2021</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Ditandatangani oleh:</translation>
    </message>
    <message>
        <source>e.g. Kasmarni</source>
        <translation>mis. Kasmarni</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Decree documents</source>
        <translation>Dokumen SK</translation>
    </message>
</context>
<context>
    <name>LocusDialogs</name>
    <message>
        <source>&quot;%1&quot; is not a date. Type it as 5/12/2023 or 5 Desember 2023, or leave it empty.</source>
        <translation>&quot;%1&quot; bukan tanggal. Ketik seperti 5/12/2023 atau 5 Desember 2023, atau kosongkan.</translation>
    </message>
    <message>
        <source>Check the date, then save again.</source>
        <translation>Periksa tanggalnya, lalu simpan lagi.</translation>
    </message>
</context>
<context>
    <name>LocusDocuments</name>
    <message>
        <source>Reading the workspace</source>
        <translation>Membaca ruang kerja</translation>
    </message>
    <message>
        <source>Laying out</source>
        <translation>Menata halaman</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Menulis berkas</translation>
    </message>
    <message>
        <source>locus-villages-%1</source>
        <translation>desa-lokus-%1</translation>
    </message>
    <message>
        <source>scorecards-%1</source>
        <translation>scorecard-%1</translation>
    </message>
</context>
<context>
    <name>LocusEntryDialog</name>
    <message>
        <source>Locus entry</source>
        <translation>Entri desa lokus</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Children &amp;measured:</source>
        <translation>Balita di&amp;ukur:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Children &amp;stunted:</source>
        <translation>Balita &amp;stunting:</translation>
    </message>
    <message>
        <source>&amp;Prevalence (%):</source>
        <translation>&amp;Prevalensi (%):</translation>
    </message>
    <message>
        <source>from the counts</source>
        <translation>dari jumlah balita</translation>
    </message>
    <message>
        <source>1,000-HPK target &amp;households:</source>
        <translation>Rumah tangga sasaran 1.000 &amp;HPK:</translation>
    </message>
    <message>
        <source>P&amp;oor households (%):</source>
        <translation>Rumah tangga &amp;miskin (%):</translation>
    </message>
</context>
<context>
    <name>LocusFiles</name>
    <message>
        <source>Save the locus list</source>
        <translation>Simpan daftar desa lokus</translation>
    </message>
    <message>
        <source>Save the scorecard summary</source>
        <translation>Simpan ringkasan scorecard</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>Import a locus list</source>
        <translation>Impor daftar desa lokus</translation>
    </message>
    <message>
        <source>Import scorecards</source>
        <translation>Impor scorecard</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tabel (*.xlsx *.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>Nothing was imported; the workspace is unchanged.</source>
        <translation>Tidak ada yang diimpor; ruang kerja tidak berubah.</translation>
    </message>
    <message>
        <source>%1 already has a list of %2 villages. Replace it with the %3 villages of the file?</source>
        <translation>%1 sudah memiliki daftar %2 desa. Ganti dengan %3 desa dari berkas?</translation>
    </message>
    <message>
        <source>The file replaces the %1 scorecards of %2 that some of its %3 villages have already. Go on?</source>
        <translation>Berkas ini mengganti %1 scorecard tahun %2 yang sudah dimiliki sebagian dari %3 desanya. Lanjutkan?</translation>
    </message>
    <message>
        <source>Replace the list</source>
        <translation>Ganti daftar</translation>
    </message>
    <message>
        <source>Replace scorecards</source>
        <translation>Ganti scorecard</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Impor dibatalkan</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>Impor dibatalkan; ruang kerja tidak berubah.</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>Daftar diimpor</translation>
    </message>
    <message>
        <source>Scorecards imported</source>
        <translation>Scorecard diimpor</translation>
    </message>
    <message numerus="yes">
        <source>%n locus village(s) imported for %1.</source>
        <translation>
            <numerusform>%n desa lokus diimpor untuk %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scorecards of %n village(s) imported for %1.</source>
        <translation>
            <numerusform>Scorecard %n desa diimpor untuk %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meanwhile someone else saved a list of %1 villages for %2. Nothing was imported; look at that list, then import again.</source>
        <translation>Sementara itu orang lain menyimpan daftar %1 desa untuk %2. Tidak ada yang diimpor; periksa daftar itu, lalu impor lagi.</translation>
    </message>
</context>
<context>
    <name>LocusImport</name>
    <message>
        <source>The workspace has no district yet. Import the region list first.</source>
        <translation>Ruang kerja belum memiliki kabupaten. Impor daftar wilayah terlebih dahulu.</translation>
    </message>
    <message>
        <source>the village is empty.</source>
        <translation>desa kosong.</translation>
    </message>
    <message>
        <source>%1 is not a desa/kelurahan code (it has to look like 14.03.01.2001).</source>
        <translation>%1 bukan kode desa/kelurahan (harus seperti 14.03.01.2001).</translation>
    </message>
    <message>
        <source>there is a village named &quot;%1&quot; in more than one kecamatan (%2). Fill in the kecamatan column.</source>
        <translation>ada desa bernama &quot;%1&quot; di lebih dari satu kecamatan (%2). Isi kolom kecamatan.</translation>
    </message>
    <message>
        <source>%1 (Kecamatan %2)</source>
        <translation>%1 (Kecamatan %2)</translation>
    </message>
    <message>
        <source>no village &quot;%1&quot; in %2.</source>
        <translation>tidak ada desa &quot;%1&quot; di %2.</translation>
    </message>
    <message>
        <source>no village &quot;%1&quot; in Kecamatan %2 of %3.</source>
        <translation>tidak ada desa &quot;%1&quot; di Kecamatan %2, %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation>%1 &quot;%2&quot; bukan angka.</translation>
    </message>
    <message>
        <source>children measured</source>
        <translation>balita diukur</translation>
    </message>
    <message>
        <source>stunted children</source>
        <translation>balita stunting</translation>
    </message>
    <message>
        <source>1,000-HPK households</source>
        <translation>rumah tangga 1.000 HPK</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>peringkat</translation>
    </message>
    <message>
        <source>target</source>
        <translation>sasaran</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>capaian</translation>
    </message>
    <message>
        <source>APBDes allocation</source>
        <translation>alokasi APBDes</translation>
    </message>
    <message>
        <source>prevalence</source>
        <translation>prevalensi</translation>
    </message>
    <message>
        <source>poverty</source>
        <translation>kemiskinan</translation>
    </message>
    <message>
        <source>No header row naming the villages was found. The first row (after any title rows) must name the columns: kode (code) or desa (village), and optionally kecamatan, peringkat (rank), alasan (reason), balita_diukur, balita_stunting, prevalensi, sasaran_1000_hpk, kemiskinan.</source>
        <translation>Baris judul kolom yang menyebut desa tidak ditemukan. Baris pertama (setelah baris judul dokumen) harus menamai kolom: kode atau desa, dan bila ada kecamatan, peringkat, alasan, balita_diukur, balita_stunting, prevalensi, sasaran_1000_hpk, kemiskinan.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears more than once in the header row.</source>
        <translation>Kolom &quot;%1&quot; muncul lebih dari sekali di baris judul kolom.</translation>
    </message>
    <message>
        <source>The file has a header row but no villages.</source>
        <translation>Berkas memiliki baris judul kolom tetapi tidak ada desa.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number.</source>
        <translation>%1 &quot;%2&quot; bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>rank %1 is already given on line %2.</source>
        <translation>peringkat %1 sudah dipakai di baris %2.</translation>
    </message>
    <message>
        <source>the village %1 is already on line %2.</source>
        <translation>desa %1 sudah ada di baris %2.</translation>
    </message>
    <message>
        <source>No header row was found. The first row (after any title rows) must name the columns: kode (code) or desa (village), paket (package), indikator (indicator), sasaran (target), capaian (achieved); optionally kecamatan and apbdes.</source>
        <translation>Baris judul kolom tidak ditemukan. Baris pertama (setelah baris judul dokumen) harus menamai kolom: kode atau desa, paket, indikator, sasaran, capaian; bila ada kecamatan dan apbdes.</translation>
    </message>
    <message>
        <source>The file has a header row but no indicators.</source>
        <translation>Berkas memiliki baris judul kolom tetapi tidak ada indikator.</translation>
    </message>
    <message>
        <source>unknown service package &quot;%1&quot;: use KIA, konseling gizi, air bersih dan sanitasi, perlindungan sosial or PAUD.</source>
        <translation>paket layanan &quot;%1&quot; tidak dikenal: gunakan KIA, konseling gizi, air bersih dan sanitasi, perlindungan sosial atau PAUD.</translation>
    </message>
    <message>
        <source>the indicator is empty.</source>
        <translation>indikator kosong.</translation>
    </message>
    <message>
        <source>the %1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message>
        <source>achieved (%1) is more than the target (%2).</source>
        <translation>capaian (%1) melebihi sasaran (%2).</translation>
    </message>
    <message>
        <source>the indicator &quot;%1&quot; of %2 is already on line %3.</source>
        <translation>indikator &quot;%1&quot; untuk %2 sudah ada di baris %3.</translation>
    </message>
    <message>
        <source>the APBDes allocation differs from the one on line %1 for the same village.</source>
        <translation>alokasi APBDes berbeda dengan baris %1 untuk desa yang sama.</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header names only %2 columns. Is a separator or a quote missing?</source>
        <translation>baris memiliki %1 isian tetapi judul kolom hanya %2 kolom. Apakah ada pemisah berlebih atau tanda kutip yang hilang?</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Berkas tidak dapat diimpor.</translation>
    </message>
    <message>
        <source>the code %1 is the village &quot;%2&quot;, but the row names &quot;%3&quot;. Correct the code or the name.</source>
        <translation>kode %1 adalah desa &quot;%2&quot;, tetapi baris ini menyebut &quot;%3&quot;. Perbaiki kode atau namanya.</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>The year %1 cannot be imported.</source>
        <translation>Tahun %1 tidak dapat diimpor.</translation>
    </message>
</context>
<context>
    <name>LocusImports</name>
    <message>
        <source>Reading the file</source>
        <translation>Membaca berkas</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Memeriksa baris</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <source>Not matched to a village of the district:</source>
        <translation>Tidak cocok dengan desa mana pun di kabupaten:</translation>
    </message>
</context>
<context>
    <name>LocusKpmDialog</name>
    <message>
        <source>Human development cadre (KPM)</source>
        <translation>Kader Pembangunan Manusia (KPM)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>e.g. 0812-7654-3210</source>
        <translation>mis. 0812-7654-3210</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Sejak:</translation>
    </message>
</context>
<context>
    <name>LocusLists</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LocusProposal</name>
    <message>
        <source>The workspace has no district yet. Import the region list first.</source>
        <translation>Ruang kerja belum memiliki kabupaten. Impor daftar wilayah terlebih dahulu.</translation>
    </message>
    <message>
        <source>Give at least one weight above zero.</source>
        <translation>Beri sedikitnya satu bobot di atas nol.</translation>
    </message>
    <message>
        <source>The list would be empty: take the top villages of the ranking or add villages by hand.</source>
        <translation>Daftar akan kosong: ambil desa teratas dari peringkat atau tambahkan desa secara manual.</translation>
    </message>
    <message>
        <source>Rank %1 of %2 in the proposal (score %3; data of %4)</source>
        <translation>Peringkat %1 dari %2 dalam usulan (skor %3; data tahun %4)</translation>
    </message>
</context>
<context>
    <name>LocusReport</name>
    <message>
        <source>Maternal and child health (KIA)</source>
        <translation>Kesehatan ibu dan anak (KIA)</translation>
    </message>
    <message>
        <source>Nutrition counselling</source>
        <translation>Konseling gizi</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Air bersih dan sanitasi</translation>
    </message>
    <message>
        <source>Social protection</source>
        <translation>Perlindungan sosial</translation>
    </message>
    <message>
        <source>Early childhood education (PAUD)</source>
        <translation>Pendidikan anak usia dini (PAUD)</translation>
    </message>
    <message>
        <source>KIA</source>
        <translation>KIA</translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation>Gizi</translation>
    </message>
    <message>
        <source>Water &amp; sanitation</source>
        <translation>Air &amp; sanitasi</translation>
    </message>
    <message>
        <source>Social prot.</source>
        <translation>Perlinsos</translation>
    </message>
    <message>
        <source>PAUD</source>
        <translation>PAUD</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>pemeringkatan</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ditambahkan manual</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <source>Bupati %1</source>
        <translation>Bupati %1</translation>
    </message>
    <message>
        <source>Wali Kota %1</source>
        <translation>Wali Kota %1</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>DETERMINATION OF THE LOCUS VILLAGES FOR THE ACCELERATION OF STUNTING REDUCTION IN %1 IN %2</source>
        <translation>PENETAPAN DESA LOKUS PERCEPATAN PENURUNAN STUNTING DI %1 TAHUN %2</translation>
    </message>
    <message>
        <source>ATTACHMENT TO THE DECREE OF THE %1</source>
        <translation>LAMPIRAN KEPUTUSAN %1</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NOMOR</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>TANGGAL</translation>
    </message>
    <message>
        <source>ABOUT</source>
        <translation>TENTANG</translation>
    </message>
    <message>
        <source>LIST OF LOCUS VILLAGES FOR STUNTING REDUCTION</source>
        <translation>DAFTAR DESA LOKUS PENURUNAN STUNTING</translation>
    </message>
    <message>
        <source>%1 – year %2</source>
        <translation>%1 – tahun %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Diukur</translation>
    </message>
    <message>
        <source>Stunted</source>
        <translation>Stunting</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prevalensi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>No villages are on the list for this year yet.</source>
        <translation>Belum ada desa dalam daftar tahun ini.</translation>
    </message>
    <message>
        <source>Number of locus villages per kecamatan</source>
        <translation>Jumlah desa lokus per kecamatan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Locus villages</source>
        <translation>Desa lokus</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Kecamatan code</source>
        <translation>Kode kecamatan</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Children measured</source>
        <translation>Balita diukur</translation>
    </message>
    <message>
        <source>Stunted children</source>
        <translation>Balita stunting</translation>
    </message>
    <message>
        <source>Prevalence (%)</source>
        <translation>Prevalensi (%)</translation>
    </message>
    <message>
        <source>1,000-HPK households</source>
        <translation>Sasaran 1.000 HPK</translation>
    </message>
    <message>
        <source>Poverty (%)</source>
        <translation>Kemiskinan (%)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Locus villages %1, %2</source>
        <translation>Desa lokus %1, %2</translation>
    </message>
    <message>
        <source>decree No %1</source>
        <translation>SK Nomor %1</translation>
    </message>
    <message>
        <source>Locus villages %1</source>
        <translation>Desa lokus %1</translation>
    </message>
    <message>
        <source>Per kecamatan</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <source>VILLAGE CONVERGENCE SCORECARD SUMMARY</source>
        <translation>RINGKASAN SCORECARD KONVERGENSI DESA</translation>
    </message>
    <message>
        <source>Coverage is the share of the target (1,000-HPK households, mothers or children) that received the service: the sum achieved over the sum of targets of the package&apos;s indicators. Locus villages are marked *.</source>
        <translation>Cakupan adalah bagian sasaran (rumah tangga 1.000 HPK, ibu atau anak) yang menerima layanan: jumlah capaian dibagi jumlah sasaran indikator dalam paket. Desa lokus diberi tanda *.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Keseluruhan</translation>
    </message>
    <message>
        <source>APBDes for stunting</source>
        <translation>APBDes untuk stunting</translation>
    </message>
    <message>
        <source>No scorecards are held for this year.</source>
        <translation>Belum ada scorecard untuk tahun ini.</translation>
    </message>
    <message>
        <source>Locus</source>
        <translation>Lokus</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>Cakupan (%)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Overall (%)</source>
        <translation>Keseluruhan (%)</translation>
    </message>
    <message>
        <source>Summary %1</source>
        <translation>Ringkasan %1</translation>
    </message>
    <message>
        <source>Indicators %1</source>
        <translation>Indikator %1</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>Kesenjangan layanan</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>Kemiskinan</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>survei</translation>
    </message>
    <message>
        <source>locus list %1</source>
        <translation>daftar lokus %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>The number of villages to take cannot be negative.</source>
        <translation>Jumlah desa yang diambil tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Every village added or left out by hand needs a reason.</source>
        <translation>Setiap desa yang ditambahkan atau dikeluarkan secara manual memerlukan alasan.</translation>
    </message>
    <message>
        <source>A village is added twice.</source>
        <translation>Ada desa yang ditambahkan dua kali.</translation>
    </message>
    <message>
        <source>The village is already in the top of the ranking.</source>
        <translation>Desa itu sudah berada di peringkat teratas.</translation>
    </message>
    <message>
        <source>The village left out is not in the top of the ranking.</source>
        <translation>Desa yang dikeluarkan tidak berada di peringkat teratas.</translation>
    </message>
    <message>
        <source>A village is both added and left out.</source>
        <translation>Ada desa yang ditambahkan sekaligus dikeluarkan.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>Tahun harus antara 2000 dan 2100.</translation>
    </message>
    <message>
        <source>Only a desa or kelurahan can be a locus village.</source>
        <translation>Hanya desa atau kelurahan yang dapat menjadi desa lokus.</translation>
    </message>
    <message>
        <source>The rank must be 1 or more.</source>
        <translation>Peringkat harus 1 atau lebih.</translation>
    </message>
    <message>
        <source>A village added by hand needs a reason.</source>
        <translation>Desa yang ditambahkan secara manual memerlukan alasan.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Jumlah tidak boleh negatif.</translation>
    </message>
    <message>
        <source>There are more stunted children than children measured.</source>
        <translation>Jumlah balita stunting melebihi jumlah balita yang diukur.</translation>
    </message>
    <message>
        <source>A percentage (prevalence, poverty) must be between 0 and 100.</source>
        <translation>Persentase (prevalensi, kemiskinan) harus antara 0 dan 100.</translation>
    </message>
    <message>
        <source>A scorecard belongs to a desa or kelurahan.</source>
        <translation>Scorecard dimiliki oleh desa atau kelurahan.</translation>
    </message>
    <message>
        <source>Every indicator needs a name.</source>
        <translation>Setiap indikator memerlukan nama.</translation>
    </message>
    <message>
        <source>Targets and achievements cannot be negative.</source>
        <translation>Sasaran dan capaian tidak boleh negatif.</translation>
    </message>
    <message>
        <source>An indicator has more achieved than its target.</source>
        <translation>Ada indikator yang capaiannya melebihi sasaran.</translation>
    </message>
    <message>
        <source>An indicator appears twice in the same package.</source>
        <translation>Ada indikator yang muncul dua kali dalam paket yang sama.</translation>
    </message>
    <message>
        <source>The APBDes allocation cannot be negative.</source>
        <translation>Alokasi APBDes tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The village %1 is on the list twice.</source>
        <translation>Desa %1 tercantum dua kali dalam daftar.</translation>
    </message>
    <message>
        <source>Rank %1 is given to more than one village.</source>
        <translation>Peringkat %1 diberikan kepada lebih dari satu desa.</translation>
    </message>
    <message>
        <source>The village %1 was left out without a reason.</source>
        <translation>Desa %1 dikeluarkan tanpa alasan.</translation>
    </message>
    <message>
        <source>The village %1 is both on the list and left out.</source>
        <translation>Desa %1 tercantum dalam daftar sekaligus dikeluarkan.</translation>
    </message>
</context>
<context>
    <name>LocusRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The village %1 is not in the workspace&apos;s regions.</source>
        <translation>Desa %1 tidak ada dalam wilayah ruang kerja.</translation>
    </message>
    <message>
        <source>The locus entry breaks a rule of the list and was not stored.</source>
        <translation>Entri desa lokus melanggar aturan daftar dan tidak disimpan.</translation>
    </message>
    <message>
        <source>The list breaks a rule (a village or a rank twice, or a village both listed and left out) and was not stored.</source>
        <translation>Daftar melanggar aturan (desa atau peringkat tercantum dua kali, atau desa tercantum sekaligus dikeluarkan) dan tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (it is a web page or other file saved with an Excel name); open it in Excel and save it as .xlsx, then import that file.</source>
        <translation>%1 bukan buku kerja Excel (berkas ini halaman web atau berkas lain yang diberi nama Excel); buka di Excel, simpan sebagai .xlsx, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: %2</source>
        <translation>%1 tidak dapat dibaca sebagai buku kerja Excel: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a CSV file: %2</source>
        <translation>%1 tidak dapat dibaca sebagai berkas CSV: %2</translation>
    </message>
    <message>
        <source>%1 holds no e-PPGBM list of children: none of its first 15 rows has a name column (Nama, Nama Anak, Nama Balita) and a birth-date column (Tgl Lahir, Tanggal Lahir).</source>
        <translation>%1 tidak memuat daftar anak e-PPGBM: tidak satu pun dari 15 baris pertamanya memiliki kolom nama (Nama, Nama Anak, Nama Balita) dan kolom tanggal lahir (Tgl Lahir, Tanggal Lahir).</translation>
    </message>
    <message>
        <source>The round cannot be told from the file (no extract date and no readable measurement date); give it, for example 2024-08.</source>
        <translation>Putaran tidak dapat ditentukan dari berkas (tidak ada tanggal data dan tidak ada tanggal pengukuran yang terbaca); sebutkan, misalnya 2024-08.</translation>
    </message>
    <message>
        <source>The round %1 already holds %2 measured children; import with replace to replace it whole.</source>
        <translation>Putaran %1 sudah berisi %2 anak yang diukur; impor dengan pilihan ganti untuk menggantinya seluruhnya.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Membaca %1</translation>
    </message>
    <message>
        <source>Judging the children</source>
        <translation>Menilai status gizi anak</translation>
    </message>
    <message>
        <source>%1 is not a round; write the year and month, for example 2024-08.</source>
        <translation>%1 bukan putaran; tulis tahun dan bulan, misalnya 2024-08.</translation>
    </message>
    <message>
        <source>Storing the children</source>
        <translation>Menyimpan data anak</translation>
    </message>
    <message>
        <source>Only the weighing months February and August give e-PPGBM figures.</source>
        <translation>Hanya bulan penimbangan Februari dan Agustus yang menghasilkan angka e-PPGBM.</translation>
    </message>
    <message>
        <source>%1 typed e-PPGBM figures of the round differ from the children&apos;s; replace them to go ahead.</source>
        <translation>%1 angka e-PPGBM ketikan untuk putaran ini berbeda dari hitungan anak; ganti angka itu untuk melanjutkan.</translation>
    </message>
    <message>
        <source>%1 is not a desa/kelurahan code such as 14.03.01.2001.</source>
        <translation>%1 bukan kode desa/kelurahan seperti 14.03.01.2001.</translation>
    </message>
    <message>
        <source>The workspace holds no desa %1.</source>
        <translation>Ruang kerja tidak memiliki desa %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n kecamatan/desa name pair(s) of the file match no region of the workspace; map each to a desa first.</source>
        <translation>
            <numerusform>%n pasang nama kecamatan/desa dalam berkas tidak cocok dengan wilayah mana pun di ruang kerja; petakan masing-masing ke satu desa terlebih dahulu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingFiles</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Menulis PDF…</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF tidak disimpan</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Tidak diekspor</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Invitation</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>Attendance sheet (scan)</source>
        <translation>Daftar hadir (pindaian)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Official report (berita acara)</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Dokumen lain</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Day, date</source>
        <translation>Hari, tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Pimpinan rapat</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Mendukung</translation>
    </message>
    <message>
        <source>There is no meeting with the number %1.</source>
        <translation>Tidak ada rapat dengan nomor %1.</translation>
    </message>
    <message>
        <source>TPPS coordination meeting (Rakor)</source>
        <translation>Rakor TPPS</translation>
    </message>
    <message>
        <source>Technical coordination meeting (Rakornis)</source>
        <translation>Rakornis</translation>
    </message>
    <message>
        <source>Stunting summit (Rembuk Stunting)</source>
        <translation>Rembuk Stunting</translation>
    </message>
    <message>
        <source>Dissemination of the stunting case audit</source>
        <translation>Diseminasi Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>Performance review</source>
        <translation>Reviu Kinerja</translation>
    </message>
    <message>
        <source>Consolidation meeting</source>
        <translation>Rapat Pemantapan</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Rapat lainnya</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Diwakili</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>%1, represented by %2</source>
        <translation>%1, diwakili oleh %2</translation>
    </message>
    <message>
        <source>Represented by %1</source>
        <translation>Diwakili oleh %1</translation>
    </message>
    <message>
        <source>Aksi %1</source>
        <translation>Aksi %1</translation>
    </message>
    <message>
        <source>MINUTES OF MEETING</source>
        <translation>NOTULEN RAPAT</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>No agenda was recorded.</source>
        <translation>Acara tidak dicatat.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>Kehadiran tidak dicatat.</translation>
    </message>
    <message>
        <source>OPD / institution</source>
        <translation>OPD / instansi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>(no institution)</source>
        <translation>(tanpa instansi)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Attendance per OPD</source>
        <translation>Kehadiran per OPD</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Jalannya rapat</translation>
    </message>
    <message>
        <source>Decisions and follow-ups</source>
        <translation>Kesepakatan dan tindak lanjut</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>Tidak ada kesepakatan yang dicatat.</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Kesepakatan %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Secretary of the TPPS</source>
        <translation>Sekretaris TPPS</translation>
    </message>
    <message>
        <source>ATTENDANCE LIST</source>
        <translation>DAFTAR HADIR</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>FOLLOW-UP STATUS PER OPD</source>
        <translation>STATUS TINDAK LANJUT PER OPD</translation>
    </message>
    <message>
        <source>Due from %1 to %2</source>
        <translation>Tenggat %1 s.d. %2</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>No follow-up falls due in this period.</source>
        <translation>Tidak ada tindak lanjut yang bertenggat pada periode ini.</translation>
    </message>
    <message>
        <source>From the meeting</source>
        <translation>Dari rapat</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Catatan perkembangan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Tanggal rapat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Overdue (days)</source>
        <translation>Terlambat (hari)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>(too long)</source>
        <translation>(terlalu panjang)</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>Pimpinan rapat</translation>
    </message>
    <message>
        <source>Who chaired in the chair&apos;s place</source>
        <translation>Nama yang mewakili pimpinan rapat</translation>
    </message>
    <message>
        <source>The position of who chaired</source>
        <translation>Jabatan yang mewakili pimpinan rapat</translation>
    </message>
    <message>
        <source>The secretary&apos;s name</source>
        <translation>Nama sekretaris</translation>
    </message>
    <message>
        <source>The secretary&apos;s position</source>
        <translation>Jabatan sekretaris</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>The minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>An agenda item</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>A text of the attendance row</source>
        <translation>Isian baris kehadiran</translation>
    </message>
    <message>
        <source>The text of the decision</source>
        <translation>Teks kesepakatan</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>Rapat harus memiliki judul.</translation>
    </message>
    <message>
        <source>The meeting needs a date.</source>
        <translation>Rapat harus memiliki tanggal.</translation>
    </message>
    <message>
        <source>A time must lie between 00:00 and 23:59.</source>
        <translation>Waktu harus di antara 00:00 dan 23:59.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>Rapat tidak dapat berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>Agenda item %1 is empty.</source>
        <translation>Acara %1 kosong.</translation>
    </message>
    <message>
        <source>Attendance row %1 names neither an OPD nor a person.</source>
        <translation>Baris kehadiran %1 tidak menyebut OPD maupun orang.</translation>
    </message>
    <message>
        <source>Attendance row %1 is marked represented: say by whom.</source>
        <translation>Baris kehadiran %1 ditandai diwakili: sebutkan oleh siapa.</translation>
    </message>
    <message>
        <source>Decision %1 has no text.</source>
        <translation>Kesepakatan %1 belum berisi.</translation>
    </message>
    <message>
        <source>Decision %1, follow-up %2: %3</source>
        <translation>Kesepakatan %1, tindak lanjut %2: %3</translation>
    </message>
    <message>
        <source>Agenda item %1: </source>
        <translation>Acara %1: </translation>
    </message>
    <message>
        <source>Attendance row %1: </source>
        <translation>Baris kehadiran %1: </translation>
    </message>
    <message>
        <source>Decision %1: </source>
        <translation>Kesepakatan %1: </translation>
    </message>
    <message numerus="yes">
        <source>%1 may be at most %n characters long.</source>
        <translation>
            <numerusform>%1 paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be replaced; it may be open in another program.</source>
        <translation>%1 tidak dapat diganti; mungkin sedang dibuka di program lain.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>MeetingsModule</name>
    <message numerus="yes">
        <source>%n follow-ups of meetings overdue</source>
        <translation>
            <numerusform>%n tindak lanjut rapat terlambat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveToServerResultDialog</name>
    <message>
        <source>Moved to the server</source>
        <translation>Dipindahkan ke server</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
        <source>Open the workspace on the server now?</source>
        <translation>Buka ruang kerja di server sekarang?</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Ruang kerja baru</translation>
    </message>
    <message>
        <source>A workspace is one database file that holds a district&apos;s regions, OPD, meetings, locus villages, actions and figures.</source>
        <translation>Ruang kerja adalah satu berkas basis data yang menyimpan wilayah, OPD, rapat, desa lokus, aksi, dan data sebuah kabupaten/kota.</translation>
    </message>
    <message>
        <source>&amp;Empty workspace (import your district&apos;s regions afterwards)</source>
        <translation>Ruang kerja &amp;kosong (impor wilayah kabupaten/kota Anda sesudahnya)</translation>
    </message>
    <message>
        <source>&amp;Demo district: Kabupaten Bengkalis, Riau</source>
        <translation>&amp;Contoh: Kabupaten Bengkalis, Riau</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Enter a prevalence figure</source>
        <translation>Isi angka prevalensi</translation>
    </message>
    <message>
        <source>Give the children measured and the cases when they are known: the rate is then computed from them. Give the published rate only for a figure known as a percentage.</source>
        <translation>Isikan balita diukur dan jumlah kasus bila diketahui: angka prevalensi lalu dihitung dari keduanya. Isikan angka terbitan hanya untuk angka yang diketahui sebagai persentase.</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>A desa/kelurahan, kecamatan, the district, the province, a puskesmas or the national reference.</source>
        <translation>Desa/kelurahan, kecamatan, kabupaten, provinsi, puskesmas atau acuan nasional.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Putaran:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sumber:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>Children &amp;measured:</source>
        <translation>Balita &amp;diukur:</translation>
    </message>
    <message>
        <source>e.g. 1.250</source>
        <translation>mis. 1.250</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>&amp;Kasus:</translation>
    </message>
    <message>
        <source>Published &amp;rate (%):</source>
        <translation>Angka te&amp;rbitan (%):</translation>
    </message>
    <message>
        <source>only when the counts are not known, e.g. 8,4</source>
        <translation>hanya bila hitungan tidak diketahui, mis. 8,4</translation>
    </message>
    <message>
        <source>Children &amp;expected (sasaran):</source>
        <translation>Balita sa&amp;saran:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Singkatan:</translation>
    </message>
    <message>
        <source>e.g. Bappeda, Dinkes, DPMD</source>
        <translation>mis. Bappeda, Dinkes, DPMD</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nama lengkap:</translation>
    </message>
    <message>
        <source>e.g. Dinas Kesehatan</source>
        <translation>mis. Dinas Kesehatan</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>Nama berkas tidak diberikan.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 adalah folder, bukan berkas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; Konvergensi does not write to it.</source>
        <translation>%1 bukan berkas biasa; Konvergensi tidak menulis ke sana.</translation>
    </message>
    <message>
        <source>%1 is a workspace or a database: Konvergensi never writes a document over it. Choose another file name.</source>
        <translation>%1 adalah ruang kerja atau basis data: Konvergensi tidak pernah menimpanya dengan dokumen. Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Is the disk full, or the folder read-only?</source>
        <translation>Berkas %1 tidak dapat ditulis. Apakah disk penuh, atau foldernya hanya-baca?</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Is it open in another program, or is the folder read-only?</source>
        <translation>Berkas %1 tidak dapat ditulis. Apakah berkas itu sedang dibuka program lain, atau foldernya hanya-baca?</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Is the disk full, or the file open in another program?</source>
        <translation>Berkas %1 tidak dapat ditulis. Apakah disk penuh, atau berkas itu sedang dibuka program lain?</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Is the folder read-only?</source>
        <translation>Berkas %1 tidak dapat ditulis. Apakah foldernya hanya-baca?</translation>
    </message>
    <message>
        <source>A private temporary folder could not be made. Is the temporary folder full or read-only?</source>
        <translation>Folder sementara pribadi tidak dapat dibuat. Apakah folder sementara penuh atau hanya-baca?</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Identities are protected</source>
        <translation>Identitas dilindungi</translation>
    </message>
    <message>
        <source>Protect identities</source>
        <translation>Lindungi identitas</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frasa sandi sekarang:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Frasa sandi baru:</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Frasa sandi telah diganti.</translation>
    </message>
    <message>
        <source>The identities of the audited cases (names, NIK, birth dates, parents) are NOT protected now: anyone with the workspace file can read them.

With a passphrase they are encrypted. Lists and reports without identity keep working without it; the passphrase is asked once per session when an identity is shown.

If the passphrase is forgotten, the identities are lost for good (everything else in the workspace stays). Keep it in a safe place.

Set a passphrase now?</source>
        <translation>Identitas kasus yang diaudit (nama, NIK, tanggal lahir, orang tua) saat ini TIDAK dilindungi: siapa pun yang memegang berkas ruang kerja dapat membacanya.

Dengan frasa sandi, identitas dienkripsi. Daftar dan laporan tanpa identitas tetap berjalan tanpanya; frasa sandi diminta sekali per sesi saat identitas ditampilkan.

Jika frasa sandi terlupa, identitas hilang untuk selamanya (semua isi ruang kerja yang lain tetap ada). Simpan di tempat yang aman.

Tetapkan frasa sandi sekarang?</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters):</source>
        <translation>Frasa sandi baru (paling sedikit %1 karakter):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Frasa sandi yang sama sekali lagi:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Kedua frasa sandi berbeda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The identities are now encrypted.</source>
        <translation>Identitas kini dienkripsi.</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>No system keychain is available on this computer: the password is asked at every connection.</source>
        <translation>Gantungan kunci sistem tidak tersedia di komputer ini: kata sandi ditanyakan setiap kali menyambung.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>&amp;OPD:</source>
        <translation>&amp;OPD:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>e.g. Kepala Dinas, Sekretaris</source>
        <translation>mis. Kepala Dinas, Sekretaris</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>e.g. 0812-7654-3210</source>
        <translation>mis. 0812-7654-3210</translation>
    </message>
</context>
<context>
    <name>Prevalence</name>
    <message>
        <source>Measurement month</source>
        <translation>Bulan penimbangan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survei</translation>
    </message>
    <message>
        <source>Stunting</source>
        <translation>Stunting</translation>
    </message>
    <message>
        <source>Severe stunting</source>
        <translation>Stunting berat</translation>
    </message>
    <message>
        <source>Wasting</source>
        <translation>Wasting (gizi kurang)</translation>
    </message>
    <message>
        <source>Underweight</source>
        <translation>Underweight (berat badan kurang)</translation>
    </message>
    <message>
        <source>Overweight</source>
        <translation>Overweight (gizi lebih)</translation>
    </message>
    <message>
        <source>%1 (survey)</source>
        <translation>%1 (survei)</translation>
    </message>
    <message>
        <source>%1 of %2 measured</source>
        <translation>%1 dari %2 balita diukur</translation>
    </message>
    <message>
        <source>the year must lie between 2000 and 2100.</source>
        <translation>tahun harus antara 2000 dan 2100.</translation>
    </message>
    <message>
        <source>a count of children cannot be negative.</source>
        <translation>jumlah balita tidak boleh negatif.</translation>
    </message>
    <message>
        <source>there are more cases than children measured.</source>
        <translation>jumlah kasus lebih banyak daripada balita yang diukur.</translation>
    </message>
    <message>
        <source>give both the children measured and the cases, or neither (then the rate alone).</source>
        <translation>isi balita diukur dan kasus sekaligus, atau keduanya kosong (lalu prevalensinya saja).</translation>
    </message>
    <message>
        <source>the rate must be a percentage between 0 and 100.</source>
        <translation>prevalensi harus berupa persentase antara 0 dan 100.</translation>
    </message>
    <message>
        <source>there is no figure: give the children measured and the cases, or the published rate.</source>
        <translation>tidak ada angka: isi balita diukur dan kasus, atau prevalensi yang diterbitkan.</translation>
    </message>
    <message>
        <source>the published rate does not match the cases divided by the children measured.</source>
        <translation>prevalensi terbit tidak sesuai dengan kasus dibagi balita diukur.</translation>
    </message>
    <message>
        <source>e-PPGBM and measurement-month figures belong to the February or the August round, not to a survey.</source>
        <translation>angka e-PPGBM dan bulan penimbangan termasuk putaran Februari atau Agustus, bukan survei.</translation>
    </message>
    <message>
        <source>the figure is not valid.</source>
        <translation>angka tidak sah.</translation>
    </message>
    <message>
        <source>The area %1 is not in the workspace.</source>
        <translation>Wilayah %1 tidak ada di ruang kerja.</translation>
    </message>
    <message>
        <source>There is already a figure for this area, period, source and indicator. Edit it instead.</source>
        <translation>Sudah ada angka untuk wilayah, periode, sumber dan indikator ini. Ubahlah angka tersebut.</translation>
    </message>
    <message>
        <source>The area, period, source and indicator of a figure cannot be changed; remove it and add a new one.</source>
        <translation>Wilayah, periode, sumber dan indikator suatu angka tidak dapat diubah; hapus lalu tambahkan yang baru.</translation>
    </message>
    <message>
        <source>Targets are set for a region or for the nation.</source>
        <translation>Target ditetapkan untuk suatu wilayah atau untuk nasional.</translation>
    </message>
    <message>
        <source>There is already a target for this area, indicator and year.</source>
        <translation>Sudah ada target untuk wilayah, indikator dan tahun ini.</translation>
    </message>
    <message>
        <source>The national target is set by regulation and cannot be changed here.</source>
        <translation>Target nasional ditetapkan oleh peraturan dan tidak dapat diubah di sini.</translation>
    </message>
    <message>
        <source>The village %1 is not in the workspace.</source>
        <translation>Desa %1 tidak ada di ruang kerja.</translation>
    </message>
    <message>
        <source>%1%2 points</source>
        <translation>%1%2 poin</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Sangat rendah</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sangat tinggi</translation>
    </message>
    <message>
        <source>Very low (&lt; %1 %)</source>
        <translation>Sangat rendah (&lt; %1 %)</translation>
    </message>
    <message>
        <source>Low (%1 to &lt; %2 %)</source>
        <translation>Rendah (%1 sampai &lt; %2 %)</translation>
    </message>
    <message>
        <source>Medium (%1 to &lt; %2 %)</source>
        <translation>Sedang (%1 sampai &lt; %2 %)</translation>
    </message>
    <message>
        <source>High (%1 to &lt; %2 %)</source>
        <translation>Tinggi (%1 sampai &lt; %2 %)</translation>
    </message>
    <message>
        <source>Very high (≥ %1 %)</source>
        <translation>Sangat tinggi (≥ %1 %)</translation>
    </message>
    <message>
        <source>WHO severity of %1</source>
        <translation>Tingkat keparahan %1 (WHO)</translation>
    </message>
    <message>
        <source>WHO gives no severity thresholds for %1 prevalence, so no band is shown.</source>
        <translation>WHO tidak menetapkan ambang keparahan untuk prevalensi %1, sehingga tidak ada tingkat yang ditampilkan.</translation>
    </message>
    <message>
        <source>Severity bands: WHO public-health thresholds for %1 prevalence (de Onis et al. 2019): %2.</source>
        <translation>Tingkat keparahan: ambang kesehatan masyarakat WHO untuk prevalensi %1 (de Onis dkk. 2019): %2.</translation>
    </message>
    <message>
        <source>Desa with figures: %1 of %2 (%3).</source>
        <translation>Desa dengan angka: %1 dari %2 (%3).</translation>
    </message>
    <message>
        <source>Children measured: %1 of %2 expected (%3).</source>
        <translation>Balita diukur: %1 dari %2 sasaran (%3).</translation>
    </message>
    <message>
        <source>Children expected (sasaran) not known for this period.</source>
        <translation>Jumlah balita sasaran tidak diketahui untuk periode ini.</translation>
    </message>
    <message>
        <source>District, from its desa: %1 of %2 measured (%3, 95 % interval %4).</source>
        <translation>Kabupaten, dari desanya: %1 dari %2 balita diukur (%3, interval 95 % %4).</translation>
    </message>
    <message>
        <source>— (no locus village list for this year)</source>
        <translation>— (belum ada daftar desa lokus untuk tahun ini)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 desa, %4 children measured)</source>
        <translation>%1: %2 (%3 desa, %4 balita diukur)</translation>
    </message>
    <message>
        <source>Locus villages</source>
        <translation>Desa lokus</translation>
    </message>
    <message>
        <source>Other desa</source>
        <translation>Desa lainnya</translation>
    </message>
    <message>
        <source>The figure breaks a rule of the register and was not stored.</source>
        <translation>Angka melanggar aturan register dan tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>PrevalenceCharts</name>
    <message>
        <source>%1 by source and year</source>
        <translation>%1 menurut sumber dan tahun</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Prevalence (%)</source>
        <translation>Prevalensi (%)</translation>
    </message>
    <message>
        <source>No %1 figures yet: enter a figure or import a file.</source>
        <translation>Belum ada angka %1: isi angka atau impor berkas.</translation>
    </message>
    <message>
        <source>%1 (sum of desa)</source>
        <translation>%1 (jumlah desa)</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Prevalence by kecamatan</source>
        <translation>Prevalensi per kecamatan</translation>
    </message>
    <message>
        <source>Prevalence by kecamatan, %1</source>
        <translation>Prevalensi per kecamatan, %1</translation>
    </message>
    <message>
        <source>No kecamatan has a figure for %1.</source>
        <translation>Belum ada kecamatan yang memiliki angka untuk %1.</translation>
    </message>
    <message>
        <source>%1 of %2 measured</source>
        <translation>%1 dari %2 balita diukur</translation>
    </message>
    <message numerus="yes">
        <source>Sum of %n desa.</source>
        <translation>
            <numerusform>Jumlah dari %n desa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No WHO severity bands for %1</source>
        <translation>Tidak ada tingkat keparahan WHO untuk %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Daerah: %1</translation>
    </message>
</context>
<context>
    <name>PrevalenceFigures</name>
    <message>
        <source>There is no such figure; nothing was removed.</source>
        <translation>Angka itu tidak ada; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>%1 serves no desa yet, so its figures cannot be summed from desa counts.</source>
        <translation>%1 belum melayani desa mana pun, sehingga angkanya tidak dapat dijumlahkan dari angka desa.</translation>
    </message>
    <message>
        <source>Desa outside Kecamatan %1: %2. This is allowed (for example when a kecamatan was split and the puskesmas still serves the new one&apos;s desa), but unusual.</source>
        <translation>Desa di luar Kecamatan %1: %2. Hal ini diperbolehkan (misalnya setelah pemekaran kecamatan, puskesmas masih melayani desa kecamatan baru), tetapi tidak lazim.</translation>
    </message>
</context>
<context>
    <name>PrevalenceImport</name>
    <message>
        <source>The first row must name the columns. Missing: %1. Required are area (or kode_wilayah), year (tahun) and source (sumber); then round (putaran), indicator (indikator), measured (diukur), cases (kasus), rate (prevalensi), eligible (sasaran), note (catatan).</source>
        <translation>Baris pertama harus berisi nama kolom. Tidak ada: %1. Wajib: area (atau kode_wilayah), year (tahun) dan source (sumber); lalu round (putaran), indicator (indikator), measured (diukur), cases (kasus), rate (prevalensi), eligible (sasaran), note (catatan).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears more than once in the first row.</source>
        <translation>Kolom &quot;%1&quot; muncul lebih dari sekali di baris pertama.</translation>
    </message>
    <message>
        <source>The file needs either a rate (prevalensi) column or both the measured (diukur) and cases (kasus) columns.</source>
        <translation>Berkas memerlukan kolom prevalensi, atau kolom diukur dan kasus sekaligus.</translation>
    </message>
    <message>
        <source>The file has a header row but no figures.</source>
        <translation>Berkas memiliki baris judul tetapi tidak ada angka.</translation>
    </message>
    <message>
        <source>the area (region code) is empty.</source>
        <translation>wilayah (kode wilayah) kosong.</translation>
    </message>
    <message>
        <source>the area &quot;%1&quot; is neither a region of the workspace, a known puskesmas nor &quot;nasional&quot;.</source>
        <translation>wilayah &quot;%1&quot; bukan wilayah di ruang kerja, bukan puskesmas yang dikenal, dan bukan &quot;nasional&quot;.</translation>
    </message>
    <message>
        <source>the year &quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; bukan tahun.</translation>
    </message>
    <message>
        <source>the source &quot;%1&quot; is unknown. Use SSGI, SKI, Riskesdas, e-PPGBM, bulan penimbangan or lainnya.</source>
        <translation>sumber &quot;%1&quot; tidak dikenal. Gunakan SSGI, SKI, Riskesdas, e-PPGBM, bulan penimbangan atau lainnya.</translation>
    </message>
    <message>
        <source>the round &quot;%1&quot; is unknown. Use februari, agustus or survei.</source>
        <translation>putaran &quot;%1&quot; tidak dikenal. Gunakan februari, agustus atau survei.</translation>
    </message>
    <message>
        <source>the indicator &quot;%1&quot; is unknown. Use stunting, stunting berat, wasting, underweight or overweight.</source>
        <translation>indikator &quot;%1&quot; tidak dikenal. Gunakan stunting, stunting berat, wasting, underweight atau overweight.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column %2 is not a whole number.</source>
        <translation>&quot;%1&quot; di kolom %2 bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; is not a number.</source>
        <translation>prevalensi &quot;%1&quot; bukan angka.</translation>
    </message>
    <message>
        <source>the same area, period, source and indicator already appear on line %1.</source>
        <translation>wilayah, periode, sumber dan indikator yang sama sudah ada di baris %1.</translation>
    </message>
    <message>
        <source>The figures could not be imported.</source>
        <translation>Angka tidak dapat diimpor.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF tidak disimpan</translation>
    </message>
</context>
<context>
    <name>Puskesmas</name>
    <message>
        <source>A puskesmas needs a code.</source>
        <translation>Puskesmas memerlukan kode.</translation>
    </message>
    <message>
        <source>The code of a puskesmas may hold only letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; and &apos;/&apos;, at most 32 characters, such as P1403010101.</source>
        <translation>Kode puskesmas hanya boleh berisi huruf, angka, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; dan &apos;/&apos;, paling banyak 32 karakter, misalnya P1403010101.</translation>
    </message>
    <message>
        <source>The code of a puskesmas must not read as a region code or as &quot;nasional&quot;: import files could not tell them apart. Use the ministry&apos;s code, such as P1403010101.</source>
        <translation>Kode puskesmas tidak boleh terbaca sebagai kode wilayah atau &quot;nasional&quot;: berkas impor tidak dapat membedakannya. Gunakan kode Kementerian Kesehatan, misalnya P1403010101.</translation>
    </message>
    <message>
        <source>A puskesmas needs a name.</source>
        <translation>Puskesmas memerlukan nama.</translation>
    </message>
    <message>
        <source>Choose the kecamatan where the puskesmas stands.</source>
        <translation>Pilih kecamatan tempat puskesmas berada.</translation>
    </message>
    <message>
        <source>The kecamatan given is not a kecamatan.</source>
        <translation>Kecamatan yang diberikan bukan kecamatan.</translation>
    </message>
    <message>
        <source>A puskesmas serves desa and kelurahan only, not larger regions.</source>
        <translation>Puskesmas hanya melayani desa dan kelurahan, bukan wilayah yang lebih besar.</translation>
    </message>
    <message>
        <source>A puskesmas serves desa of its own kabupaten/kota only.</source>
        <translation>Puskesmas hanya melayani desa di kabupaten/kotanya sendiri.</translation>
    </message>
    <message>
        <source>A desa is listed twice.</source>
        <translation>Ada desa yang tercantum dua kali.</translation>
    </message>
    <message>
        <source>The puskesmas is not valid.</source>
        <translation>Data puskesmas tidak sah.</translation>
    </message>
    <message>
        <source>The kecamatan %1 is not in the workspace.</source>
        <translation>Kecamatan %1 tidak ada di ruang kerja.</translation>
    </message>
    <message>
        <source>%1 is served by %2 already. A desa belongs to the working area of one puskesmas only; take it out of %2 first.</source>
        <translation>%1 sudah dilayani %2. Sebuah desa hanya masuk wilayah kerja satu puskesmas; keluarkan dulu dari %2.</translation>
    </message>
    <message>
        <source>Other desa of the list are served elsewhere too: %1 in all.</source>
        <translation>Desa lain dalam daftar juga sudah dilayani puskesmas lain: seluruhnya %1.</translation>
    </message>
    <message>
        <source>There is already a puskesmas with the code %1 (%2).</source>
        <translation>Sudah ada puskesmas dengan kode %1 (%2).</translation>
    </message>
    <message>
        <source>Prevalence figures are still recorded for %1 (%2 in all). Remove them first on the Dashboard, in the Puskesmas table.</source>
        <translation>Masih ada angka prevalensi untuk %1 (seluruhnya %2). Hapus dulu di Dasbor, pada tabel Puskesmas.</translation>
    </message>
    <message>
        <source>The puskesmas breaks a rule and was not stored.</source>
        <translation>Puskesmas melanggar suatu aturan dan tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>PuskesmasDialog</name>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>the ministry&apos;s code, e.g. P1403010101</source>
        <translation>kode Kementerian Kesehatan, mis. P1403010101</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>e.g. Puskesmas Bengkalis</source>
        <translation>mis. Puskesmas Bengkalis</translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <source>Choose the kecamatan…</source>
        <translation>Pilih kecamatan…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Desa and kelurahan it serves&lt;/b&gt;</source>
        <translation>&lt;b&gt;Desa dan kelurahan wilayah kerjanya&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter by desa name or code…</source>
        <translation>Saring menurut nama atau kode desa…</translation>
    </message>
    <message>
        <source>Show desa of every &amp;kecamatan</source>
        <translation>Tampilkan desa semua &amp;kecamatan</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Centang semua yang tampil</translation>
    </message>
    <message>
        <source>C&amp;lear all shown</source>
        <translation>&amp;Kosongkan semua yang tampil</translation>
    </message>
</context>
<context>
    <name>RegionImport</name>
    <message>
        <source>province</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <source>district</source>
        <translation>kabupaten/kota</translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>village</source>
        <translation>desa/kelurahan</translation>
    </message>
    <message>
        <source>kecamatan %1 belongs to district %2, which is neither in the file nor in the workspace.</source>
        <translation>kecamatan %1 termasuk kabupaten/kota %2, yang tidak ada di berkas maupun di ruang kerja.</translation>
    </message>
    <message>
        <source>village %1 belongs to kecamatan %2, which is neither in the file nor in the workspace.</source>
        <translation>desa/kelurahan %1 termasuk kecamatan %2, yang tidak ada di berkas maupun di ruang kerja.</translation>
    </message>
    <message>
        <source>the region code is empty.</source>
        <translation>kode wilayah kosong.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code. Codes look like 14, 14.03, 14.03.01 or 14.03.01.2001.</source>
        <translation>&quot;%1&quot; bukan kode wilayah. Kode berbentuk 14, 14.03, 14.03.01 atau 14.03.01.2001.</translation>
    </message>
    <message>
        <source>region %1 has no name.</source>
        <translation>wilayah %1 tidak bernama.</translation>
    </message>
    <message>
        <source>the level &quot;%1&quot; is unknown. Use province, district, kecamatan or village.</source>
        <translation>tingkat &quot;%1&quot; tidak dikenal. Gunakan province, district, kecamatan atau village.</translation>
    </message>
    <message>
        <source>code %1 is the code of a %2, but the level column says &quot;%3&quot;.</source>
        <translation>kode %1 adalah kode %2, tetapi kolom tingkat berisi &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>the kind &quot;%1&quot; is unknown. Use desa or kelurahan.</source>
        <translation>jenis &quot;%1&quot; tidak dikenal. Gunakan desa atau kelurahan.</translation>
    </message>
    <message>
        <source>code %1 is the code of a kelurahan (its last part starts with 1), but the kind column says &quot;%2&quot;.</source>
        <translation>kode %1 adalah kode kelurahan (bagian terakhirnya diawali 1), tetapi kolom jenis berisi &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>code %1 is the code of a desa (its last part starts with 2), but the kind column says &quot;%2&quot;.</source>
        <translation>kode %1 adalah kode desa (bagian terakhirnya diawali 2), tetapi kolom jenis berisi &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a village, so its kind must be empty (it says &quot;%2&quot;).</source>
        <translation>%1 bukan desa/kelurahan, jadi jenisnya harus kosong (tertulis &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>code %1 already appears on line %2.</source>
        <translation>kode %1 sudah ada pada baris %2.</translation>
    </message>
    <message>
        <source>The first line of the file must name the columns: &quot;code&quot; (or &quot;kode&quot;) and &quot;name&quot; (or &quot;nama&quot;) are required, &quot;level&quot; and &quot;kind&quot; optional.</source>
        <translation>Baris pertama berkas harus berisi nama kolom: &quot;code&quot; (atau &quot;kode&quot;) dan &quot;name&quot; (atau &quot;nama&quot;) wajib, &quot;level&quot; dan &quot;kind&quot; boleh ada.</translation>
    </message>
    <message>
        <source>The file has no &quot;code&quot; (or &quot;kode&quot;) column. The first line must name the columns, for example: code,name,level,kind</source>
        <translation>Berkas tidak memiliki kolom &quot;code&quot; (atau &quot;kode&quot;). Baris pertama harus berisi nama kolom, misalnya: code,name,level,kind</translation>
    </message>
    <message>
        <source>The file has no &quot;name&quot; (or &quot;nama&quot;) column. The first line must name the columns, for example: code,name,level,kind</source>
        <translation>Berkas tidak memiliki kolom &quot;name&quot; (atau &quot;nama&quot;). Baris pertama harus berisi nama kolom, misalnya: code,name,level,kind</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears more than once in the first line.</source>
        <translation>Kolom &quot;%1&quot; muncul lebih dari sekali pada baris pertama.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a region list.</source>
        <translation>Berkas %1 terlalu besar untuk daftar wilayah.</translation>
    </message>
    <message>
        <source>The file has a header line but no regions.</source>
        <translation>Berkas memiliki baris judul tetapi tidak berisi wilayah.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>The regions could not be imported.</source>
        <translation>Wilayah tidak dapat diimpor.</translation>
    </message>
</context>
<context>
    <name>RegionImportDialog</name>
    <message>
        <source>Import regions from CSV</source>
        <translation>Impor wilayah dari CSV</translation>
    </message>
    <message>
        <source>The file needs the columns &lt;b&gt;kode&lt;/b&gt; and &lt;b&gt;nama&lt;/b&gt;, and may have &lt;b&gt;tingkat&lt;/b&gt; and &lt;b&gt;jenis&lt;/b&gt; (desa/kelurahan), as in the Kemendagri region list; the English names &lt;b&gt;code&lt;/b&gt;, &lt;b&gt;name&lt;/b&gt;, &lt;b&gt;level&lt;/b&gt; and &lt;b&gt;kind&lt;/b&gt; are read too. Every row is checked first; nothing is imported unless every row is good.</source>
        <translation>Berkas memerlukan kolom &lt;b&gt;kode&lt;/b&gt; dan &lt;b&gt;nama&lt;/b&gt;, dan boleh memuat &lt;b&gt;tingkat&lt;/b&gt; dan &lt;b&gt;jenis&lt;/b&gt; (desa/kelurahan), seperti daftar kode wilayah Kemendagri; nama kolom bahasa Inggris &lt;b&gt;code&lt;/b&gt;, &lt;b&gt;name&lt;/b&gt;, &lt;b&gt;level&lt;/b&gt;, dan &lt;b&gt;kind&lt;/b&gt; juga dibaca. Setiap baris diperiksa lebih dulu; tidak ada yang diimpor kecuali semua baris baik.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada berkas dipilih</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
</context>
<context>
    <name>RegionMappingDialog</name>
    <message>
        <source>Desa names of the file</source>
        <translation>Nama desa dalam berkas</translation>
    </message>
    <message>
        <source>These kecamatan and desa names of the file match no desa of the workspace. Choose the desa each one means; the choice is remembered for the next file.</source>
        <translation>Nama kecamatan dan desa berikut dalam berkas tidak cocok dengan desa mana pun di ruang kerja. Pilih desa yang dimaksud oleh masing-masing; pilihan ini diingat untuk berkas berikutnya.</translation>
    </message>
    <message>
        <source>Kecamatan in the file</source>
        <translation>Kecamatan dalam berkas</translation>
    </message>
    <message>
        <source>Desa in the file</source>
        <translation>Desa dalam berkas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Desa of the workspace</source>
        <translation>Desa di ruang kerja</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The report could not be drawn on the page.</source>
        <translation>Laporan tidak dapat digambar pada halaman.</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written. Is the file open in another program?</source>
        <translation>PDF %1 tidak dapat ditulis. Apakah berkas sedang dibuka di program lain?</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Is it open in another program, or is the folder read-only?</source>
        <translation>Berkas %1 tidak dapat ditulis. Apakah berkas sedang dibuka di program lain, atau foldernya hanya-baca?</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Is it open in another program?</source>
        <translation>Berkas %1 tidak dapat ditulis. Apakah sedang dibuka di program lain?</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <source>APBDes for stunting (Rp):</source>
        <translation>APBDes untuk stunting (Rp):</translation>
    </message>
    <message>
        <source>Rupiah, e.g. 125.000.000; empty when not known</source>
        <translation>Rupiah, mis. 125.000.000; kosongkan bila tidak diketahui</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Tambah indikator</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Hapus indikator</translation>
    </message>
    <message>
        <source>The indicators of the national village convergence scorecard that the table does not hold yet</source>
        <translation>Indikator scorecard konvergensi desa nasional yang belum ada di tabel</translation>
    </message>
    <message>
        <source>Add the standard indicators</source>
        <translation>Tambah indikator standar</translation>
    </message>
</context>
<context>
    <name>ScorecardRepository</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>The village %1 already has a scorecard for %2.</source>
        <translation>Desa %1 sudah memiliki scorecard untuk %2.</translation>
    </message>
    <message>
        <source>The KPM&apos;s name is required.</source>
        <translation>Nama KPM wajib diisi.</translation>
    </message>
    <message>
        <source>the scorecard breaks a rule and was not stored.</source>
        <translation>scorecard melanggar suatu aturan dan tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>SemesterPageForm</name>
    <message>
        <source>&lt;b&gt;TPPS semester report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Laporan Semester TPPS&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>Se&amp;mester</source>
        <translation>Se&amp;mester</translation>
    </message>
    <message>
        <source>I (January–June)</source>
        <translation>I (Januari–Juni)</translation>
    </message>
    <message>
        <source>II (July–December)</source>
        <translation>II (Juli–Desember)</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Tanggal &amp;laporan</translation>
    </message>
    <message>
        <source>The date under the signatures (“Bengkalis, 15 Januari 2024”), stored with the written parts</source>
        <translation>Tanggal di atas tanda tangan (“Bengkalis, 15 Januari 2024”), disimpan bersama bagian yang ditulis</translation>
    </message>
    <message>
        <source>Foreword</source>
        <translation>Kata Pengantar</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Ringkasan Eksekutif</translation>
    </message>
    <message>
        <source>Innovations</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Obstacles and recommendations</source>
        <translation>Kendala dan Rekomendasi</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <source>RAN-PASTI and signatures</source>
        <translation>RAN-PASTI dan tanda tangan</translation>
    </message>
    <message>
        <source>Regent&apos;s re&amp;gulation (Perbup) on the role of villages (RAN-PASTI)</source>
        <translation>Pe&amp;raturan Bupati (Perbup) tentang peran desa (RAN-PASTI)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>belum dijawab</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Note (its &amp;number and title)</source>
        <translation>Catatan (&amp;nomor dan judulnya)</translation>
    </message>
    <message>
        <source>&amp;Title of the TPPS chair</source>
        <translation>&amp;Jabatan Ketua TPPS</translation>
    </message>
    <message>
        <source>Name of the TPPS &amp;chair</source>
        <translation>N&amp;ama Ketua TPPS</translation>
    </message>
    <message>
        <source>N&amp;IP of the TPPS chair</source>
        <translation>N&amp;IP Ketua TPPS</translation>
    </message>
    <message>
        <source>The regent acknowledges the report (“Mengetahui”)</source>
        <translation>Bupati turut mengetahui laporan (“Mengetahui”)</translation>
    </message>
    <message>
        <source>Title of the &amp;regent</source>
        <translation>Jabatan &amp;Bupati</translation>
    </message>
    <message>
        <source>Name of the r&amp;egent</source>
        <translation>Nama B&amp;upati</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>The paper of the print preview, the PDF and the OpenDocument text</source>
        <translation>Kertas untuk pratinjau cetak, PDF dan teks OpenDocument</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>ODT…</source>
        <translation>ODT…</translation>
    </message>
    <message>
        <source>XLSX annex…</source>
        <translation>Lampiran XLSX…</translation>
    </message>
</context>
<context>
    <name>SemesterReport</name>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>of</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>VII. Stunting case audit</source>
        <translation>VII. Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>Results disseminated on %1 (%2).</source>
        <translation>Hasil didiseminasikan pada %1 (%2).</translation>
    </message>
    <message>
        <source>The dissemination meeting is not recorded for this round.</source>
        <translation>Rapat diseminasi putaran ini belum dicatat.</translation>
    </message>
    <message>
        <source>No case is recorded in this round.</source>
        <translation>Belum ada kasus yang dicatat pada putaran ini.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Audit cases</source>
        <translation>Kasus audit</translation>
    </message>
    <message>
        <source>Audited cases by target group: %1</source>
        <translation>Kasus yang diaudit menurut kelompok sasaran: %1</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Kelompok sasaran</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Follow-ups of the cases: %1 in all, %2 done, %3 still open (%4 overdue), %5 dropped%6.</source>
        <translation>Tindak lanjut kasus: %1 seluruhnya, %2 selesai, %3 masih terbuka (%4 lewat tenggat), %5 dibatalkan%6.</translation>
    </message>
    <message>
        <source>; %1 % done</source>
        <translation>; %1 % selesai</translation>
    </message>
    <message>
        <source>Audit recommendations</source>
        <translation>Rekomendasi audit</translation>
    </message>
    <message>
        <source>Recommendations per case: %1</source>
        <translation>Rekomendasi per kasus: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>No data: no case audit round of this semester is recorded.</source>
        <translation>Belum ada data: tidak ada putaran audit kasus stunting semester ini yang dicatat.</translation>
    </message>
    <message>
        <source>A district rembuk stunting at least once a year</source>
        <translation>Rembuk stunting kabupaten minimal sekali setahun</translation>
    </message>
    <message>
        <source>A rembuk stunting in every kecamatan at least twice a year</source>
        <translation>Rembuk stunting di setiap kecamatan minimal dua kali setahun</translation>
    </message>
    <message>
        <source>A regent&apos;s regulation (Perbup) on the role of villages</source>
        <translation>Peraturan Bupati (Perbup) tentang peran desa</translation>
    </message>
    <message>
        <source>Monitoring and evaluation at least twice a year</source>
        <translation>Monitoring dan evaluasi minimal dua kali setahun</translation>
    </message>
    <message>
        <source>VI. Coordination</source>
        <translation>VI. Koordinasi</translation>
    </message>
    <message>
        <source>Meetings held in the semester</source>
        <translation>Rapat yang diselenggarakan pada semester ini</translation>
    </message>
    <message>
        <source>No data: no TPPS meeting of this semester is recorded in the meeting register.</source>
        <translation>Belum ada data: tidak ada rapat TPPS semester ini di register rapat.</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Jenis rapat</translation>
    </message>
    <message>
        <source>Meetings by kind</source>
        <translation>Rapat menurut jenis</translation>
    </message>
    <message>
        <source>Meetings of the semester by kind and level</source>
        <translation>Rapat semester ini menurut jenis dan tingkat</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Meetings of the semester</source>
        <translation>Rapat semester ini</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>RAN-PASTI indicators</source>
        <translation>Indikator RAN-PASTI</translation>
    </message>
    <message>
        <source>Counted from the meeting register from 1 January to 30 June %1; the yearly rules are judged again at the end of the year.</source>
        <translation>Dihitung dari register rapat 1 Januari sampai 30 Juni %1; ketentuan tahunan dinilai kembali pada akhir tahun.</translation>
    </message>
    <message>
        <source>Counted from the meeting register of the whole year %1.</source>
        <translation>Dihitung dari register rapat sepanjang tahun %1.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>belum dijawab</translation>
    </message>
    <message>
        <source>Answer it with the written parts.</source>
        <translation>Jawab bersama bagian tertulis laporan.</translation>
    </message>
    <message>
        <source>%1 of %2 kecamatan held at least %3.</source>
        <translation>%1 dari %2 kecamatan menyelenggarakan minimal %3.</translation>
    </message>
    <message>
        <source>The workspace holds no kecamatan of the district.</source>
        <translation>Ruang kerja belum memuat kecamatan kabupaten ini.</translation>
    </message>
    <message>
        <source>Missing their rembuk (held): %1.</source>
        <translation>Belum memenuhi (jumlah rembuk): %1.</translation>
    </message>
    <message>
        <source>No such meeting in the register.</source>
        <translation>Tidak ada rapat seperti itu di register.</translation>
    </message>
    <message>
        <source>RAN-PASTI</source>
        <translation>RAN-PASTI</translation>
    </message>
    <message>
        <source>District RAN-PASTI indicators</source>
        <translation>Indikator RAN-PASTI kabupaten</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Meetings that prove it / note</source>
        <translation>Rapat yang membuktikan / catatan</translation>
    </message>
    <message>
        <source>Decisions and follow-ups</source>
        <translation>Kesepakatan dan tindak lanjut</translation>
    </message>
    <message>
        <source>No data: the meetings of this semester recorded no decision.</source>
        <translation>Belum ada data: rapat semester ini tidak mencatat kesepakatan.</translation>
    </message>
    <message>
        <source>Decisions of the semester&apos;s meetings</source>
        <translation>Kesepakatan rapat semester ini</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>No follow-up was set on the decisions of this semester.</source>
        <translation>Tidak ada tindak lanjut yang ditetapkan atas kesepakatan semester ini.</translation>
    </message>
    <message>
        <source>Follow-ups as they stand on %1; overdue: still open after the due date.</source>
        <translation>Tindak lanjut sebagaimana keadaannya pada %1; lewat tenggat: masih terbuka setelah tenggatnya.</translation>
    </message>
    <message>
        <source>Follow-ups per OPD</source>
        <translation>Tindak lanjut per OPD</translation>
    </message>
    <message>
        <source>Follow-ups of the semester&apos;s decisions per OPD</source>
        <translation>Tindak lanjut kesepakatan semester ini per OPD</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>III. Stunting prevalence and targets</source>
        <translation>III. Prevalensi Stunting dan Target</translation>
    </message>
    <message>
        <source>No data: the workspace holds no stunting prevalence figure for the district. Enter or import the figures on the Prevalence page.</source>
        <translation>Belum ada data: ruang kerja belum memuat angka prevalensi stunting kabupaten. Isi atau impor angkanya di halaman Prevalensi.</translation>
    </message>
    <message>
        <source>sum of the desa</source>
        <translation>jumlah dari desa</translation>
    </message>
    <message>
        <source>own figure</source>
        <translation>angka sendiri</translation>
    </message>
    <message>
        <source>No data: the district has no stunting figure taken by the end of this semester.</source>
        <translation>Belum ada data: kabupaten belum memiliki angka stunting yang diambil sampai akhir semester ini.</translation>
    </message>
    <message>
        <source>Sources are never mixed: each row is one source&apos;s own series (surveys such as SSGI and SKI, and the e-PPGBM weighing records, count different children in different ways).</source>
        <translation>Sumber data tidak pernah dicampur: setiap baris adalah deret sumber itu sendiri (survei seperti SSGI dan SKI, dan catatan penimbangan e-PPGBM, menghitung anak yang berbeda dengan cara yang berbeda).</translation>
    </message>
    <message>
        <source>Latest figures per source</source>
        <translation>Angka terakhir per sumber</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prevalensi</translation>
    </message>
    <message>
        <source>Latest stunting prevalence per source</source>
        <translation>Prevalensi stunting terakhir per sumber</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Gap to the targets</source>
        <translation>Selisih terhadap target</translation>
    </message>
    <message>
        <source>Target for %1: %2 (%3). National targets of the RPJMN 2025-2029: %4 in 2025 and %5 in 2029. A positive gap is still to go; a negative one is below the target.</source>
        <translation>Target tahun %1: %2 (%3). Target nasional RPJMN 2025-2029: %4 pada 2025 dan %5 pada 2029. Selisih positif masih harus diturunkan; selisih negatif berarti di bawah target.</translation>
    </message>
    <message>
        <source>the national target, %1</source>
        <translation>target nasional, %1</translation>
    </message>
    <message>
        <source>the district&apos;s own target</source>
        <translation>target kabupaten sendiri</translation>
    </message>
    <message>
        <source>No target is set for %1. National targets of the RPJMN 2025-2029: %2 in 2025 and %3 in 2029.</source>
        <translation>Belum ada target untuk tahun %1. Target nasional RPJMN 2025-2029: %2 pada 2025 dan %3 pada 2029.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <source>Gap to the target of %1</source>
        <translation>Selisih terhadap target %1</translation>
    </message>
    <message>
        <source>Gap to %1 (%2)</source>
        <translation>Selisih terhadap %1 (%2)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Gap of the latest figures to the targets</source>
        <translation>Selisih angka terakhir terhadap target</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Stunting prevalence over time per source</source>
        <translation>Prevalensi stunting dari waktu ke waktu per sumber</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Kecamatan and locus villages</source>
        <translation>Kecamatan dan desa lokus</translation>
    </message>
    <message>
        <source>No data: no figures per kecamatan were taken by the end of this semester.</source>
        <translation>Belum ada data: tidak ada angka per kecamatan yang diambil sampai akhir semester ini.</translation>
    </message>
    <message>
        <source>Figures of %1, %2.</source>
        <translation>Angka %1, %2.</translation>
    </message>
    <message>
        <source>Stunting prevalence per kecamatan</source>
        <translation>Prevalensi stunting per kecamatan</translation>
    </message>
    <message>
        <source>Children measured</source>
        <translation>Balita diukur</translation>
    </message>
    <message>
        <source>Stunted</source>
        <translation>Pendek</translation>
    </message>
    <message>
        <source>IV. Convergence actions of %1</source>
        <translation>IV. Aksi Konvergensi Tahun %1</translation>
    </message>
    <message>
        <source>No data: the workspace holds no checklist of convergence actions for %1.</source>
        <translation>Belum ada data: ruang kerja belum memuat daftar aksi konvergensi tahun %1.</translation>
    </message>
    <message>
        <source>Progress of the year: %1, the mean over %2 actions; an output counts when it is done and its evidence is attached (as held on %3). Statuses are judged on %4.</source>
        <translation>Kemajuan tahun ini: %1, rata-rata dari %2 aksi; keluaran dihitung bila selesai dan buktinya terlampir (keadaan pada %3). Status dinilai pada %4.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>Convergence actions of %1</source>
        <translation>Aksi konvergensi tahun %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Lead OPD</source>
        <translation>OPD pengampu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Berkas bukti</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>No action is late.</source>
        <translation>Tidak ada aksi yang terlambat.</translation>
    </message>
    <message>
        <source>V. Locus villages of %1</source>
        <translation>V. Desa Lokus Tahun %1</translation>
    </message>
    <message>
        <source>No data: the workspace holds no list of locus villages for %1.</source>
        <translation>Belum ada data: ruang kerja belum memuat daftar desa lokus tahun %1.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> tanggal %1</translation>
    </message>
    <message>
        <source>Locus villages</source>
        <translation>Desa lokus</translation>
    </message>
    <message>
        <source>Locus villages of %1</source>
        <translation>Desa lokus tahun %1</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>No list of locus villages is held for %1, so the changes from last year cannot be shown.</source>
        <translation>Tidak ada daftar desa lokus tahun %1, sehingga perubahan dari tahun lalu tidak dapat ditunjukkan.</translation>
    </message>
    <message>
        <source>Changes from %1</source>
        <translation>Perubahan dari tahun %1</translation>
    </message>
    <message>
        <source>Semester %1 %2</source>
        <translation>Semester %1 %2</translation>
    </message>
    <message>
        <source>semester-report-%1-%2</source>
        <translation>laporan-semester-%1-%2</translation>
    </message>
    <message>
        <source>The secretariat has not written this part yet.</source>
        <translation>Sekretariat belum menulis bagian ini.</translation>
    </message>
    <message>
        <source>Reading the written parts</source>
        <translation>Membaca bagian tertulis</translation>
    </message>
    <message>
        <source>SEMESTER REPORT OF THE STUNTING REDUCTION ACCELERATION TEAM (TPPS)</source>
        <translation>LAPORAN SEMESTER TIM PERCEPATAN PENURUNAN STUNTING (TPPS)</translation>
    </message>
    <message>
        <source>%1 · Semester %2 %3 (%4 – %5)</source>
        <translation>%1 · Semester %2 Tahun %3 (%4 – %5)</translation>
    </message>
    <message>
        <source>The written parts below are a draft carried over from %1; they have not been saved for this semester yet.</source>
        <translation>Bagian tertulis di bawah ini adalah draf yang dibawa dari %1; belum disimpan untuk semester ini.</translation>
    </message>
    <message>
        <source>I. Foreword</source>
        <translation>I. Kata Pengantar</translation>
    </message>
    <message>
        <source>II. Executive summary</source>
        <translation>II. Ringkasan Eksekutif</translation>
    </message>
    <message>
        <source>Reading the prevalence figures</source>
        <translation>Membaca angka prevalensi</translation>
    </message>
    <message>
        <source>Reading the convergence actions</source>
        <translation>Membaca aksi konvergensi</translation>
    </message>
    <message>
        <source>Reading the locus villages</source>
        <translation>Membaca desa lokus</translation>
    </message>
    <message>
        <source>Reading the meetings</source>
        <translation>Membaca rapat</translation>
    </message>
    <message>
        <source>Reading the case audit</source>
        <translation>Membaca audit kasus</translation>
    </message>
    <message>
        <source>Reading the target data</source>
        <translation>Membaca data sasaran</translation>
    </message>
    <message>
        <source>IX. Innovations</source>
        <translation>IX. Inovasi</translation>
    </message>
    <message>
        <source>X. Obstacles and recommendations</source>
        <translation>X. Kendala dan Rekomendasi</translation>
    </message>
    <message>
        <source>XI. Closing</source>
        <translation>XI. Penutup</translation>
    </message>
    <message>
        <source>Chair of the TPPS of %1</source>
        <translation>Ketua TPPS %1</translation>
    </message>
    <message>
        <source>Acknowledged by,</source>
        <translation>Mengetahui,</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Families at risk</source>
        <translation>Keluarga berisiko stunting</translation>
    </message>
    <message>
        <source>Severely stunted</source>
        <translation>Sangat pendek</translation>
    </message>
    <message>
        <source>Stunting total</source>
        <translation>Jumlah stunting</translation>
    </message>
    <message>
        <source>From the weighing round %1 of measured children (%2 children; length/height-for-age below -3 SD is severely stunted, -3 to below -2 SD stunted).%3</source>
        <translation>Dari putaran penimbangan %1 anak yang diukur (%2 anak; PB/U atau TB/U di bawah -3 SD sangat pendek, -3 sampai di bawah -2 SD pendek).%3</translation>
    </message>
    <message>
        <source>The children of this round are invented (demo data).</source>
        <translation>Anak-anak pada putaran ini rekaan (data contoh).</translation>
    </message>
    <message>
        <source>Target data</source>
        <translation>Data sasaran</translation>
    </message>
    <message>
        <source>Target data per desa, weighing round %1</source>
        <translation>Data sasaran per desa, putaran penimbangan %1</translation>
    </message>
    <message>
        <source>No weighing round of measured children is held for this semester: the table comes from the prevalence figures of %1, %2 (children measured and stunted per desa). Severely stunted and stunted are shown apart only where severe stunting figures are recorded.</source>
        <translation>Tidak ada putaran penimbangan anak untuk semester ini: tabel diambil dari angka prevalensi %1, %2 (balita diukur dan stunting per desa). Sangat pendek dan pendek dipisah hanya bila angka stunting berat dicatat.</translation>
    </message>
    <message>
        <source>Target data per desa, %1 %2</source>
        <translation>Data sasaran per desa, %1 %2</translation>
    </message>
    <message>
        <source>VIII. Target data per desa</source>
        <translation>VIII. Data Sasaran per Desa</translation>
    </message>
    <message>
        <source>No data: the workspace holds neither a weighing round of measured children nor e-PPGBM figures per desa for this semester.</source>
        <translation>Belum ada data: ruang kerja tidak memuat putaran penimbangan anak maupun angka e-PPGBM per desa untuk semester ini.</translation>
    </message>
    <message>
        <source>The workspace holds no family data: the number of families and of families at risk of stunting come from the family data collection (BKKBN) and are to be filled in on the web monitoring.</source>
        <translation>Ruang kerja tidak memuat data keluarga: jumlah keluarga dan keluarga berisiko stunting berasal dari pendataan keluarga (BKKBN) dan diisi di aplikasi monitoring.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held from %1 to %2.</source>
        <translation>
            <numerusform>%n rapat diselenggarakan dari %1 sampai %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late action(s): %1.</source>
        <translation>
            <numerusform>%n aksi terlambat: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locus village(s), fixed by decree No %1%2.</source>
        <translation>
            <numerusform>%n desa lokus, ditetapkan dengan SK Nomor %1%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locus village(s); no decree is recorded for the list.</source>
        <translation>
            <numerusform>%n desa lokus; SK penetapannya belum dicatat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>RAN-PASTI answer</comment>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <comment>RAN-PASTI answer</comment>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Stunted children</source>
        <translation>Balita stunting</translation>
    </message>
    <message>
        <source>, decree No %1</source>
        <translation>, SK Nomor %1</translation>
    </message>
    <message numerus="yes">
        <source>The latest list held is that of %1: %n village(s)%2.</source>
        <translation>
            <numerusform>Daftar terakhir yang tersimpan adalah tahun %1: %n desa%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locus changes</source>
        <translation>Perubahan lokus</translation>
    </message>
    <message>
        <source>Locus villages added and removed, %1 to %2</source>
        <translation>Desa lokus yang masuk dan keluar, %1 ke %2</translation>
    </message>
    <message>
        <source>Families and families at risk of stunting: the family data of %1 as entered in Konvergensi.</source>
        <translation>Keluarga dan keluarga berisiko stunting: data keluarga tahun %1 sebagaimana diisi di Konvergensi.</translation>
    </message>
    <message>
        <source>Families and families at risk of stunting have not been entered (Child Measurements, tab Target data).</source>
        <translation>Keluarga dan keluarga berisiko stunting belum diisi (Pengukuran Balita, tab Data sasaran).</translation>
    </message>
</context>
<context>
    <name>SemesterRepository</name>
    <message>
        <source>A semester report is for a year from 2000 to 2100 and semester I or II.</source>
        <translation>Laporan semester berlaku untuk tahun 2000 sampai 2100 dan semester I atau II.</translation>
    </message>
    <message>
        <source>Foreword</source>
        <translation>Kata pengantar</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <source>Innovations</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Obstacles and recommendations</source>
        <translation>Kendala dan rekomendasi</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <source>Note on the regent&apos;s regulation</source>
        <translation>Catatan tentang Peraturan Bupati</translation>
    </message>
    <message>
        <source>Title of the TPPS chair</source>
        <translation>Jabatan Ketua TPPS</translation>
    </message>
    <message>
        <source>Name of the TPPS chair</source>
        <translation>Nama Ketua TPPS</translation>
    </message>
    <message>
        <source>NIP of the TPPS chair</source>
        <translation>NIP Ketua TPPS</translation>
    </message>
    <message>
        <source>Title of the regent</source>
        <translation>Jabatan Bupati</translation>
    </message>
    <message>
        <source>Name of the regent</source>
        <translation>Nama Bupati</translation>
    </message>
    <message>
        <source>The report date cannot be before the semester begins (%1).</source>
        <translation>Tanggal laporan tidak boleh sebelum semester dimulai (%1).</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Connect to the office server</source>
        <translation>Hubungkan ke server kantor</translation>
    </message>
    <message>
        <source>Work in the workspace the whole TPPS secretariat shares on the office&apos;s PostgreSQL server. The administrator gives you the server, the database and your user name.</source>
        <translation>Bekerja di ruang kerja bersama seluruh sekretariat TPPS di server PostgreSQL kantor. Administrator memberikan nama server, basis data, dan nama pengguna Anda.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or server-kantor</source>
        <translation>mis. 192.168.1.10 atau server-kantor</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Basis &amp;data:</translation>
    </message>
    <message>
        <source>e.g. konvergensi</source>
        <translation>mis. konvergensi</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Nama pen&amp;gguna:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Enkripsi (TLS):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>Si&amp;mpan kata sandi di gantungan kunci sistem</translation>
    </message>
</context>
<context>
    <name>ServerWorkspace</name>
    <message>
        <source>Give the server&apos;s name or address (e.g. 192.168.1.10).</source>
        <translation>Isi nama atau alamat server (mis. 192.168.1.10).</translation>
    </message>
    <message>
        <source>The server&apos;s name or address may not contain spaces or / @ ? #.</source>
        <translation>Nama atau alamat server tidak boleh berisi spasi atau / @ ? #.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (usually 5432).</source>
        <translation>Porta harus berupa angka 1 sampai 65535 (biasanya 5432).</translation>
    </message>
    <message>
        <source>Give the name of the database (ask the administrator).</source>
        <translation>Isi nama basis data (tanyakan kepada administrator).</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Isi nama pengguna Anda di server.</translation>
    </message>
    <message>
        <source>The user name may not contain spaces or / @ ? #.</source>
        <translation>Nama pengguna tidak boleh berisi spasi atau / @ ? #.</translation>
    </message>
    <message>
        <source>Choose a TLS mode: disable, prefer, require or verify-full.</source>
        <translation>Pilih mode TLS: disable, prefer, require, atau verify-full.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The workspace could not be upgraded to version %1 (%2): %3</source>
        <translation>Ruang kerja tidak dapat ditingkatkan ke versi %1 (%2): %3</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bukan berkas.</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Konvergensi (database version %1; this program knows up to %2). It has not been changed. Please update Konvergensi to open it.</source>
        <translation>Ruang kerja ini disimpan oleh Konvergensi versi yang lebih baru (versi basis data %1; program ini hanya mengenal sampai %2). Berkas tidak diubah. Perbarui Konvergensi untuk membukanya.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>A short name (such as Bappeda or Dinkes) is required.</source>
        <translation>Singkatan (misalnya Bappeda atau Dinkes) wajib diisi.</translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, +, - and parentheses, with at least 6 digits.</source>
        <translation>Nomor telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung, dengan sedikitnya 6 angka.</translation>
    </message>
    <message>
        <source>Someone else changed or removed this record after you opened it. Reload and try again.</source>
        <translation>Data ini telah diubah atau dihapus orang lain setelah Anda membukanya. Muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>An OPD with the short name %1 already exists.</source>
        <translation>OPD dengan singkatan %1 sudah ada.</translation>
    </message>
    <message>
        <source>The OPD no longer exists.</source>
        <translation>OPD tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 still has people in the directory. Move or remove them first.</source>
        <translation>%1 masih memiliki personel dalam direktori. Pindahkan atau hapus mereka terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose the OPD this person works in.</source>
        <translation>Pilih OPD tempat personel ini bekerja.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Personel tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 is not a Konvergensi workspace (it is a database of another program). It has not been changed.</source>
        <translation>%1 bukan ruang kerja Konvergensi (itu basis data program lain). Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Berkas %1 kosong.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; a workspace keeps files of at most %3 MB. Make it smaller (for example, scan at a lower resolution) and attach it again.</source>
        <translation>Berkas %1 berukuran %2 MB; ruang kerja hanya menyimpan berkas paling besar %3 MB. Perkecil berkasnya (misalnya pindai dengan resolusi lebih rendah) lalu lampirkan lagi.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>Dokumen tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>The workspace holds a malformed date (%1).</source>
        <translation>Ruang kerja menyimpan tanggal yang rusak (%1).</translation>
    </message>
    <message>
        <source>Choose a year between 2000 and 2100.</source>
        <translation>Pilih tahun antara 2000 dan 2100.</translation>
    </message>
    <message>
        <source>The checklist of %1 has already been started.</source>
        <translation>Daftar periksa %1 sudah dimulai.</translation>
    </message>
    <message>
        <source>The year %1 already has an action with the key %2.</source>
        <translation>Tahun %1 sudah memiliki aksi dengan kode %2.</translation>
    </message>
    <message>
        <source>The action no longer exists.</source>
        <translation>Aksi tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>The output no longer exists.</source>
        <translation>Keluaran tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>There is already an audit round for %1 semester %2.</source>
        <translation>Sudah ada putaran audit untuk %1 semester %2.</translation>
    </message>
    <message>
        <source>The linked dissemination meeting is no longer in the register.</source>
        <translation>Rapat diseminasi yang ditautkan sudah tidak ada di daftar rapat.</translation>
    </message>
    <message>
        <source>The audit round no longer exists.</source>
        <translation>Putaran audit ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>A risk factor needs a description.</source>
        <translation>Faktor risiko perlu diberi uraian.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Kasus ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>A case needs at least the name.</source>
        <translation>Kasus sekurang-kurangnya perlu nama.</translation>
    </message>
    <message>
        <source>A follow-up must belong to something.</source>
        <translation>Tindak lanjut harus menjadi milik sesuatu.</translation>
    </message>
    <message>
        <source>The date done cannot lie in the future.</source>
        <translation>Tanggal selesai tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The follow-up no longer exists.</source>
        <translation>Tindak lanjut ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Rapat ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The record is still used elsewhere (for example by a meeting, an action or a follow-up), so it cannot be removed.</source>
        <translation>Data ini masih dipakai di tempat lain (misalnya oleh rapat, aksi, atau rencana tindak lanjut), sehingga tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The audit round is not complete or not valid; check it and save again.</source>
        <translation>Putaran audit belum lengkap atau tidak valid; periksa lalu simpan lagi.</translation>
    </message>
    <message>
        <source>The audit case is not complete or not valid; check it and save again.</source>
        <translation>Kasus audit belum lengkap atau tidak valid; periksa lalu simpan lagi.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (the database check found errors). Nothing was changed and nothing will be written to it. Restore a backup from %2 (Berkas &gt; Pulihkan dari cadangan, or konvergensi-cli workspace restore).</source>
        <translation>Ruang kerja %1 rusak (pemeriksaan basis data menemukan kesalahan). Tidak ada yang diubah dan tidak ada yang akan ditulis ke dalamnya. Pulihkan cadangan dari %2 (Berkas &gt; Pulihkan dari cadangan, atau konvergensi-cli workspace restore).</translation>
    </message>
    <message>
        <source>%1 already exists. A new workspace never overwrites a file.</source>
        <translation>%1 sudah ada. Ruang kerja baru tidak pernah menimpa berkas.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Ruang kerja %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it holds no workspace. Nothing was changed. Open another file, or restore a backup.</source>
        <translation>%1 kosong (0 bita): tidak berisi ruang kerja. Tidak ada yang diubah. Buka berkas lain, atau pulihkan cadangan.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: you have no permission to read it.</source>
        <translation>Ruang kerja %1 tidak dapat dibaca: Anda tidak punya izin membacanya.</translation>
    </message>
    <message>
        <source>%1 is not a Konvergensi workspace (it is not a database file). It has not been changed.</source>
        <translation>%1 bukan ruang kerja Konvergensi (bukan berkas basis data). Berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>The workspace %1 is in a read-only place (the file or its folder cannot be written). The workspace itself is fine: copy it to a folder you can write to, or ask for write permission.</source>
        <translation>Ruang kerja %1 berada di tempat hanya-baca (berkas atau foldernya tidak dapat ditulis). Ruang kerjanya sendiri baik: salin ke folder yang dapat Anda tulisi, atau mintalah izin menulis.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened. Nothing was changed.</source>
        <translation>Ruang kerja %1 tidak dapat dibuka. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 holds no Konvergensi workspace (an empty database). It has not been changed.</source>
        <translation>%1 tidak berisi ruang kerja Konvergensi (basis data kosong). Berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>The workspace needs an upgrade, but a backup copy could not be made first, so it was not upgraded and nothing was changed: %1</source>
        <translation>Ruang kerja perlu diperbarui, tetapi salinan cadangan tidak dapat dibuat lebih dulu, sehingga tidak diperbarui dan tidak ada yang diubah: %1</translation>
    </message>
    <message>
        <source>The document could not be written to the temporary folder.</source>
        <translation>Dokumen tidak dapat ditulis ke folder sementara.</translation>
    </message>
    <message>
        <source>The follow-up breaks a rule of the register and was not stored.</source>
        <translation>Tindak lanjut melanggar aturan register dan tidak disimpan.</translation>
    </message>
    <message>
        <source>This change of status is not allowed.</source>
        <translation>Perubahan status ini tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>The meeting breaks a rule of the register and was not stored.</source>
        <translation>Rapat melanggar aturan register dan tidak disimpan.</translation>
    </message>
    <message>
        <source>The workspace</source>
        <translation>Ruang kerja</translation>
    </message>
    <message>
        <source>The workspace %1</source>
        <translation>Ruang kerja %1</translation>
    </message>
    <message>
        <source>%1 is in use by another program (or another Konvergensi) that is writing to it. Nothing was changed. Wait a moment and try again.</source>
        <translation>%1 sedang dipakai program lain (atau Konvergensi lain) yang sedang menulis ke dalamnya. Tidak ada yang diubah. Tunggu sebentar lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 is damaged. Nothing was changed. Restore it from a backup (Berkas &gt; Pulihkan dari cadangan, or konvergensi-cli workspace restore).</source>
        <translation>%1 rusak. Tidak ada yang diubah. Pulihkan dari cadangan (Berkas &gt; Pulihkan dari cadangan, atau konvergensi-cli workspace restore).</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Make room and try again.</source>
        <translation>Disk penuh: tidak ada yang diubah. Kosongkan ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Nothing was changed.</source>
        <translation>%1 tidak dapat ditulis: berkas atau foldernya hanya-baca. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (a disk or network error). Nothing was changed; try again.</source>
        <translation>%1 tidak dapat dibaca atau ditulis (kesalahan disk atau jaringan). Tidak ada yang diubah; coba lagi.</translation>
    </message>
    <message>
        <source>There was not enough memory to carry out the request. Nothing was changed.</source>
        <translation>Memori tidak cukup untuk menjalankan permintaan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database could not carry out the request. Nothing was changed.</source>
        <translation>Basis data tidak dapat menjalankan permintaan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user %2: the password is wrong or missing (give it when asked, or in PGPASSWORD or ~/.pgpass).</source>
        <translation>Server %1 menolak pengguna %2: kata sandi salah atau tidak diberikan (isi saat ditanya, atau di PGPASSWORD atau ~/.pgpass).</translation>
    </message>
    <message>
        <source>The server %1 has no database %2 or no user %3. Ask the administrator.</source>
        <translation>Server %1 tidak memiliki basis data %2 atau pengguna %3. Tanyakan kepada administrator.</translation>
    </message>
    <message>
        <source>The server %1 and this computer did not agree on an encrypted connection (TLS mode %2).</source>
        <translation>Server %1 dan komputer ini tidak sepakat tentang sambungan terenkripsi (mode TLS %2).</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the network and that the server is running, then try again.</source>
        <translation>Server %1 tidak dapat dihubungi. Periksa jaringan dan apakah server menyala, lalu coba lagi.</translation>
    </message>
    <message>
        <source>A server address starts with postgresql://, for example postgresql://user@server:5432/konvergensi.</source>
        <translation>Alamat server diawali postgresql://, misalnya postgresql://pengguna@server:5432/konvergensi.</translation>
    </message>
    <message>
        <source>%1 is not a valid server address.</source>
        <translation>%1 bukan alamat server yang sah.</translation>
    </message>
    <message>
        <source>The port of %1 is not a number from 1 to 65535.</source>
        <translation>Porta pada %1 bukan angka 1 sampai 65535.</translation>
    </message>
    <message>
        <source>%1 names no database (…/name at the end).</source>
        <translation>%1 tidak menyebut basis data (…/nama di bagian akhir).</translation>
    </message>
    <message>
        <source>The TLS mode %1 is unknown; use one of: %2.</source>
        <translation>Mode TLS %1 tidak dikenal; pakai salah satu dari: %2.</translation>
    </message>
    <message>
        <source>The server address has an unknown option %1.</source>
        <translation>Alamat server memuat opsi %1 yang tidak dikenal.</translation>
    </message>
    <message>
        <source>This computer lacks Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql), so no server workspace can be opened.</source>
        <translation>Komputer ini tidak memiliki driver PostgreSQL Qt (paket Debian libqt6sql6-psql), sehingga ruang kerja server tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not a Konvergensi workspace. Nothing was changed.</source>
        <translation>Basis data %1 berisi tabel program lain, bukan ruang kerja Konvergensi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The server&apos;s workspace was made by a newer version of Konvergensi (database version %1; this program knows up to %2). Nothing was changed. Please update Konvergensi to open it.</source>
        <translation>Ruang kerja server dibuat oleh Konvergensi versi yang lebih baru (versi basis data %1; program ini mengenal sampai %2). Tidak ada yang diubah. Perbarui Konvergensi untuk membukanya.</translation>
    </message>
    <message>
        <source>The database %1 holds no workspace yet. The administrator prepares it with: konvergensi-cli --database %1 server init</source>
        <translation>Basis data %1 belum berisi ruang kerja. Administrator menyiapkannya dengan: konvergensi-cli --database %1 server init</translation>
    </message>
    <message>
        <source>The server&apos;s workspace is at version %1 and this program needs %2. The administrator upgrades it with: konvergensi-cli --database %3 server upgrade</source>
        <translation>Ruang kerja server berada pada versi %1 dan program ini memerlukan %2. Administrator memutakhirkannya dengan: konvergensi-cli --database %3 server upgrade</translation>
    </message>
    <message>
        <source>The server&apos;s workspace was made by a newer version of Konvergensi (database version %1; this program knows up to %2). Nothing was changed.</source>
        <translation>Ruang kerja server dibuat oleh Konvergensi versi yang lebih baru (versi basis data %1; program ini mengenal sampai %2). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database %1 already holds a workspace (version %2). Nothing was changed; to bring it up to this program&apos;s version use server upgrade.</source>
        <translation>Basis data %1 sudah berisi ruang kerja (versi %2). Tidak ada yang diubah; untuk memutakhirkannya ke versi program ini pakai server upgrade.</translation>
    </message>
    <message>
        <source>The database %1 holds no workspace yet; prepare it with server init.</source>
        <translation>Basis data %1 belum berisi ruang kerja; siapkan dengan server init.</translation>
    </message>
    <message>
        <source>A user name has small letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starts with a letter and has at most 63 characters: %1 does not.</source>
        <translation>Nama pengguna terdiri atas huruf kecil, angka, &apos;_&apos;, &apos;.&apos; atau &apos;-&apos;, diawali huruf dan paling panjang 63 karakter: %1 tidak demikian.</translation>
    </message>
    <message>
        <source>The server already has a user %1.</source>
        <translation>Server sudah memiliki pengguna %1.</translation>
    </message>
    <message>
        <source>The user could not be made.</source>
        <translation>Pengguna tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The server refused: your account&apos;s role may not make this change. Nothing was changed. Ask the administrator for the right role.</source>
        <translation>Server menolak: peran akun Anda tidak boleh membuat perubahan ini. Tidak ada yang diubah. Mintalah peran yang sesuai kepada administrator.</translation>
    </message>
    <message>
        <source>Another user is changing the same data at this moment. Nothing was changed. Wait a moment and try again.</source>
        <translation>Pengguna lain sedang mengubah data yang sama saat ini. Tidak ada yang diubah. Tunggu sebentar lalu coba lagi.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Nothing was changed; try again when the server can be reached.</source>
        <translation>Sambungan ke server terputus. Tidak ada yang diubah; coba lagi bila server dapat dihubungi.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full: nothing was changed. Tell the administrator.</source>
        <translation>Disk server penuh: tidak ada yang diubah. Beri tahu administrator.</translation>
    </message>
    <message>
        <source>The two workspaces are at different versions (%1 and %2); open both with this program first so that both are at version %3.</source>
        <translation>Kedua ruang kerja berbeda versi (%1 dan %2); buka keduanya dahulu dengan program ini agar keduanya pada versi %3.</translation>
    </message>
    <message>
        <source>%1 already holds data (table %2), and a copy never mixes two workspaces. Copy into a new file, or into a database just prepared with server init.</source>
        <translation>%1 sudah berisi data (tabel %2), dan penyalinan tidak pernah mencampur dua ruang kerja. Salin ke berkas baru, atau ke basis data yang baru disiapkan dengan server init.</translation>
    </message>
    <message>
        <source>The copy of table %1 does not match the original (rows or checksum differ), so nothing was copied.</source>
        <translation>Salinan tabel %1 tidak sama dengan aslinya (jumlah baris atau checksum berbeda), jadi tidak ada yang disalin.</translation>
    </message>
    <message>
        <source>The workspace holds a malformed region (code &quot;%1&quot;): it was changed outside Konvergensi or is damaged.</source>
        <translation>Ruang kerja berisi wilayah yang cacat (kode &quot;%1&quot;): ruang kerja itu diubah di luar Konvergensi atau rusak.</translation>
    </message>
    <message>
        <source>The action or output breaks a rule of the checklist and was not stored.</source>
        <translation>Aksi atau keluaran melanggar aturan daftar periksa dan tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Prevalence target</source>
        <translation>Target prevalensi</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>&amp;Target (%):</source>
        <translation>&amp;Target (%):</translation>
    </message>
    <message>
        <source>e.g. 7,5</source>
        <translation>mis. 7,5</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>e.g. RPJMD 2021-2026</source>
        <translation>mis. RPJMD 2021-2026</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Prevalence targets</source>
        <translation>Target prevalensi</translation>
    </message>
    <message>
        <source>The national target (Presidential Regulation 72/2021: 14 % by 2024) and the district&apos;s own targets per year. A district target for a year is used before the national one.</source>
        <translation>Target nasional (Perpres 72/2021: 14 % pada 2024) dan target kabupaten sendiri per tahun. Target kabupaten untuk suatu tahun dipakai lebih dulu daripada target nasional.</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Tambah target…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>tujuan</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>penanggung jawab</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>nomor kasus</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>temuan</translation>
    </message>
    <message>
        <source>causes</source>
        <translation>penyebab</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>rekomendasi</translation>
    </message>
    <message>
        <source>parents or partner</source>
        <translation>orang tua atau pasangan</translation>
    </message>
    <message>
        <source>OPD name</source>
        <translation>nama OPD</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>nama singkat</translation>
    </message>
    <message>
        <source>position</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>tempat</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>pimpinan rapat</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>ringkasan</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>notulen</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>butir agenda</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>lembaga</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>keputusan</translation>
    </message>
    <message>
        <source>region name</source>
        <translation>nama wilayah</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Isian %1 lebih panjang dari %2 karakter.</translation>
    </message>
    <message>
        <source>The %1 holds a control character.</source>
        <translation>Isian %1 memuat karakter kontrol.</translation>
    </message>
    <message>
        <source>The %1 holds a line break or another control character; it must be one line.</source>
        <translation>Isian %1 memuat pindah baris atau karakter kontrol lain; isian ini harus satu baris.</translation>
    </message>
    <message>
        <source>The %1 holds an invisible character (a right-to-left override or a zero-width character) that could make it print differently from what it says.</source>
        <translation>Isian %1 memuat karakter tak terlihat (pembalik arah kanan-ke-kiri atau karakter lebar-nol) yang dapat membuatnya tercetak berbeda dari isinya.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>Folder %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Berkas %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never overwrites a file: choose a new name.</source>
        <translation>%1 sudah ada. Cadangan tidak pernah menimpa berkas: pilih nama baru.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>Folder cadangan %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Cadangan %1 tidak ada.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 already exists. A restore goes into a new file; replacing an existing workspace must be asked for explicitly.</source>
        <translation>%1 sudah ada. Pemulihan dilakukan ke berkas baru; menimpa ruang kerja yang ada harus diminta secara tegas.</translation>
    </message>
    <message>
        <source>%1 is open: close it before restoring over it.</source>
        <translation>%1 sedang dibuka: tutup dulu sebelum memulihkan di atasnya.</translation>
    </message>
    <message>
        <source>The backup and the target are the same file.</source>
        <translation>Cadangan dan tujuannya adalah berkas yang sama.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>Cadangan tidak dapat disalin ke %1.</translation>
    </message>
    <message>
        <source>%1 holds no workspace.</source>
        <translation>%1 tidak berisi ruang kerja.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; choose another one.</source>
        <translation>Cadangan %1 rusak; pilih cadangan lain.</translation>
    </message>
    <message>
        <source>A copy of %1 could not be kept in %2; nothing was restored.</source>
        <translation>Salinan %1 tidak dapat disimpan di %2; tidak ada yang dipulihkan.</translation>
    </message>
</context>
<context>
    <name>WorkspaceRights</name>
    <message>
        <source>all rights</source>
        <translation>semua hak</translation>
    </message>
    <message>
        <source>meetings and actions</source>
        <translation>rapat dan aksi</translation>
    </message>
    <message>
        <source>locus villages</source>
        <translation>desa lokus</translation>
    </message>
    <message>
        <source>prevalence and measurements</source>
        <translation>prevalensi dan pengukuran</translation>
    </message>
    <message>
        <source>case audit</source>
        <translation>audit kasus</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>hanya membaca</translation>
    </message>
    <message>
        <source>identities</source>
        <translation>identitas</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetup</name>
    <message>
        <source>The bundled demo data (%1) is damaged: %2</source>
        <translation>Data contoh bawaan (%1) rusak: %2</translation>
    </message>
    <message>
        <source>line %1 names an OPD that is not in the demo.</source>
        <translation>baris %1 menyebut OPD yang tidak ada dalam contoh.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name: a new workspace never overwrites a file.</source>
        <translation>%1 sudah ada. Pilih nama berkas lain: ruang kerja baru tidak pernah menimpa berkas.</translation>
    </message>
    <message>
        <source>The demo district can only be added to an empty workspace.</source>
        <translation>Data contoh hanya dapat dimasukkan ke ruang kerja yang kosong.</translation>
    </message>
    <message>
        <source>the regions were not imported.</source>
        <translation>wilayah tidak diimpor.</translation>
    </message>
    <message>
        <source>The demo convergence actions can only be added to a workspace without the years 2021 and 2023.</source>
        <translation>Aksi konvergensi demo hanya dapat ditambahkan ke ruang kerja yang belum memiliki tahun 2021 dan 2023.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be created.</source>
        <translation>Ruang kerja %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: the workspace was not created.</source>
        <translation>Folder %1 tidak dapat ditulis: ruang kerja tidak dibuat.</translation>
    </message>
    <message>
        <source>The demo semester report can only be added to a workspace without one for semester II 2023.</source>
        <translation>Laporan semester contoh hanya dapat ditambahkan ke ruang kerja yang belum memiliki laporan semester II 2023.</translation>
    </message>
    <message>
        <source>The demo locus villages can only be added to a workspace without lists for 2021, 2022 and 2023.</source>
        <translation>Desa lokus demo hanya dapat ditambahkan ke ruang kerja yang belum memiliki daftar 2021, 2022 dan 2023.</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx), or it is damaged. Save it again as &quot;Excel Workbook (.xlsx)&quot; or as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Berkas bukan buku kerja Excel (.xlsx), atau rusak. Simpan lagi sebagai &quot;Excel Workbook (.xlsx)&quot; atau &quot;CSV UTF-8&quot; lalu coba lagi.</translation>
    </message>
    <message>
        <source>The workbook is too large to import.</source>
        <translation>Buku kerja terlalu besar untuk diimpor.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;.</source>
        <translation>Buku kerja tidak memiliki lembar bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The workbook is too large to import (more than %1 rows, values beyond column %2, or more than %3 cells).</source>
        <translation>Buku kerja terlalu besar untuk diimpor (lebih dari %1 baris, nilai di luar kolom %2, atau lebih dari %3 sel).</translation>
    </message>
</context>
<context>
    <name>ZScoreCalculatorDialog</name>
    <message>
        <source>Z-score calculator (WHO Child Growth Standards)</source>
        <translation>Kalkulator z-score (Standar Pertumbuhan Anak WHO)</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Jenis kelamin:</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Tanggal &amp;lahir:</translation>
    </message>
    <message>
        <source>&amp;Measurement date:</source>
        <translation>Tanggal &amp;pengukuran:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Umur:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Berat badan:</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>tidak diukur</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>&amp;Length/height:</source>
        <translation>Pa&amp;njang/tinggi badan:</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Posisi ukur:</translation>
    </message>
    <message>
        <source>Lying (recumbent length)</source>
        <translation>Terlentang (panjang badan)</translation>
    </message>
    <message>
        <source>Standing (height)</source>
        <translation>Berdiri (tinggi badan)</translation>
    </message>
    <message>
        <source>Bilateral pitting &amp;oedema</source>
        <translation>&amp;Edema (pitting bilateral)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>WHO Child Growth Standards 2006; categories of Permenkes No. 2 Tahun 2020 tentang Standar Antropometri Anak.</source>
        <translation>Standar Pertumbuhan Anak WHO 2006; kategori menurut Permenkes No. 2 Tahun 2020 tentang Standar Antropometri Anak.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::AboutDialog</name>
    <message>
        <source>The district&apos;s stunting-reduction convergence work in one place: TPPS meetings, locus villages, the 8 convergence actions, prevalence and the stunting case audit.</source>
        <translation>Kerja konvergensi percepatan penurunan stunting kabupaten/kota di satu tempat: rapat TPPS, desa lokus, 8 aksi konvergensi, prevalensi, dan audit kasus stunting.</translation>
    </message>
    <message>
        <source>Konvergensi is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with NO WARRANTY. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the licence&lt;/a&gt;.</source>
        <translation>Konvergensi adalah perangkat lunak bebas: Anda boleh menyebarluaskan dan mengubahnya menurut ketentuan GNU General Public License, versi 3 atau (sesuai pilihan Anda) versi yang lebih baru (GPL-3.0-or-later). Program ini TANPA JAMINAN. Lihat &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;teks lisensinya&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Growth standards: WHO Child Growth Standards (World Health Organization, 2006), the tables of the WHO anthro package.</source>
        <translation>Standar pertumbuhan: WHO Child Growth Standards (Organisasi Kesehatan Dunia, 2006), tabel dari paket anthro WHO.</translation>
    </message>
    <message>
        <source>Region codes and names: Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025, as compiled by the cahyadsn/wilayah project (MIT licence).</source>
        <translation>Kode dan nama wilayah: Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025, sebagaimana dihimpun oleh proyek cahyadsn/wilayah (lisensi MIT).</translation>
    </message>
    <message>
        <source>Built with Qt %1, Boost and {fmt}.</source>
        <translation>Dibangun dengan Qt %1, Boost dan {fmt}.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ActionBoardTab</name>
    <message>
        <source>&lt;b&gt;Due periods in the year&lt;/b&gt;</source>
        <translation>&lt;b&gt;Periode tenggat dalam setahun&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ActionCard</name>
    <message>
        <source>Due: %1</source>
        <translation>Tenggat: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>OPD pengampu: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <source>Outputs done with evidence: %1 of %2</source>
        <translation>Keluaran selesai berbukti: %1 dari %2</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ActionCompareTab</name>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>with</source>
        <translation>dengan</translation>
    </message>
    <message>
        <source>Actions are matched by their key in each year&apos;s catalogue; a dash means the year has no such action.</source>
        <translation>Aksi dicocokkan menurut kodenya dalam katalog tiap tahun; tanda pisah berarti tahun itu tidak memiliki aksi tersebut.</translation>
    </message>
    <message>
        <source>Convergence actions</source>
        <translation>Aksi konvergensi</translation>
    </message>
    <message>
        <source>Years that have a checklist</source>
        <translation>Tahun yang memiliki daftar periksa</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ActionDetailTab</name>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aksi:</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Ubah aksi…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Tandai selesai…</translation>
    </message>
    <message>
        <source>Edit output…</source>
        <translation>Ubah keluaran…</translation>
    </message>
    <message>
        <source>Add output…</source>
        <translation>Tambah keluaran…</translation>
    </message>
    <message>
        <source>Remove output</source>
        <translation>Hapus keluaran</translation>
    </message>
    <message>
        <source>Evidence of the chosen output</source>
        <translation>Bukti keluaran yang dipilih</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Meetings that served this action</source>
        <translation>Rapat yang mendukung aksi ini</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>Convergence actions</source>
        <translation>Aksi konvergensi</translation>
    </message>
    <message>
        <source>(none recorded in the meeting register)</source>
        <translation>(belum ada yang tercatat di daftar rapat)</translation>
    </message>
    <message>
        <source>Start the year&apos;s checklist first.</source>
        <translation>Mulai dulu daftar periksa tahun ini.</translation>
    </message>
    <message>
        <source>Lead OPD: %1 · Due period: %2 to %3 · Progress: %4 (%5 of %6 outputs done with evidence)</source>
        <translation>OPD pengampu: %1 · Periode tenggat: %2 s.d. %3 · Kemajuan: %4 (%5 dari %6 keluaran selesai berbukti)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <source>Mark output done</source>
        <translation>Tandai keluaran selesai</translation>
    </message>
    <message>
        <source>Edit output</source>
        <translation>Ubah keluaran</translation>
    </message>
    <message numerus="yes">
        <source>Remove the output “%1” from this year&apos;s catalogue, with its evidence documents (%n)?</source>
        <translation>
            <numerusform>Hapus keluaran “%1” dari katalog tahun ini, beserta dokumen buktinya (%n)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Output not removed</source>
        <translation>Keluaran tidak dihapus</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ActionDialog</name>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>Ubah %1 (%2)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(belum ditetapkan)</translation>
    </message>
    <message>
        <source>Give both dates of the due period.</source>
        <translation>Isi kedua tanggal periode tenggat.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ActionOutputModel</name>
    <message>
        <source>done, no evidence</source>
        <translation>selesai, belum ada bukti</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ActionTimeline</name>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ActionsPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Start checklist…</source>
        <translation>Mulai daftar periksa…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>F4 (folio)</source>
        <translation>F4 (folio)</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Cetak laporan…</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>Simpan laporan sebagai PDF…</translation>
    </message>
    <message>
        <source>Export checklist (XLSX)…</source>
        <translation>Ekspor daftar periksa (XLSX)…</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <source>Action detail</source>
        <translation>Rincian aksi</translation>
    </message>
    <message>
        <source>Compare years</source>
        <translation>Bandingkan tahun</translation>
    </message>
    <message>
        <source>Convergence actions</source>
        <translation>Aksi konvergensi</translation>
    </message>
    <message>
        <source>Start the checklist of %1 with the catalogue of %2 (its actions, outputs, lead OPD and due dates moved to %1)?</source>
        <translation>Mulai daftar periksa %1 dengan katalog %2 (aksi, keluaran, OPD pengampu, dan tenggatnya dipindahkan ke %1)?</translation>
    </message>
    <message>
        <source>Start the checklist of %1 from the national catalogue?</source>
        <translation>Mulai daftar periksa %1 dari katalog nasional?</translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation>Mulai daftar periksa</translation>
    </message>
    <message>
        <source>Checklist not started</source>
        <translation>Daftar periksa tidak dimulai</translation>
    </message>
    <message>
        <source>There is no checklist for %1 yet. Start it to copy the catalogue of %2 (actions, outputs, lead OPD, due dates).</source>
        <translation>Belum ada daftar periksa untuk %1. Mulailah untuk menyalin katalog %2 (aksi, keluaran, OPD pengampu, tenggat).</translation>
    </message>
    <message>
        <source>There is no checklist for %1 yet. Start it from the national catalogue of convergence actions.</source>
        <translation>Belum ada daftar periksa untuk %1. Mulailah dari katalog nasional aksi konvergensi.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Tidak ada ruang kerja yang terbuka.</translation>
    </message>
    <message>
        <source>Progress of %1: %2 · late: %3</source>
        <translation>Kemajuan %1: %2 · terlambat: %3</translation>
    </message>
    <message>
        <source>Progress of %1: %2</source>
        <translation>Kemajuan %1: %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>Ekspor daftar periksa</translation>
    </message>
    <message>
        <source>Checklist not exported</source>
        <translation>Daftar periksa tidak diekspor</translation>
    </message>
    <message>
        <source>Preparing the action-progress report…</source>
        <translation>Menyiapkan laporan kemajuan aksi…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>Writing the action-progress report…</source>
        <translation>Menulis laporan kemajuan aksi…</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Laporan tidak disimpan</translation>
    </message>
    <message>
        <source>Writing the checklist…</source>
        <translation>Menulis daftar periksa…</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::Application</name>
    <message>
        <source>Workspace not opened</source>
        <translation>Ruang kerja tidak dibuka</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::AttachmentsWidget</name>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Lampirkan berkas…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ditambahkan oleh</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>Documents and photos (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Dokumen dan foto (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Files kept in the workspace with this record (at most %1 MB each). They are stored at once.</source>
        <translation>Berkas yang disimpan di ruang kerja bersama data ini (paling besar %1 MB per berkas). Berkas langsung tersimpan.</translation>
    </message>
    <message>
        <source>Save first; then files can be attached.</source>
        <translation>Simpan dahulu; sesudah itu berkas dapat dilampirkan.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Berkas tidak dilampirkan</translation>
    </message>
    <message>
        <source>%1 is %2; files of at most %3 MB can be kept in the workspace. Make it smaller (for example scan at a lower resolution) and try again.</source>
        <translation>%1 berukuran %2; berkas yang dapat disimpan di ruang kerja paling besar %3 MB. Perkecil berkasnya (misalnya pindai dengan resolusi lebih rendah) lalu coba lagi.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Tidak ada program di komputer ini yang dapat membuka %1.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Hapus dokumen</translation>
    </message>
    <message>
        <source>Remove %1 from the workspace?</source>
        <translation>Hapus %1 dari ruang kerja?</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::AttendanceModel</name>
    <message>
        <source>OPD / institution</source>
        <translation>OPD / instansi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::AttendeeDialog</name>
    <message>
        <source>(another body, typed in)</source>
        <translation>(instansi lain, ketik sendiri)</translation>
    </message>
    <message>
        <source>(type the name)</source>
        <translation>(ketik namanya)</translation>
    </message>
    <message>
        <source>Choose an OPD or type the name of a body or a person.</source>
        <translation>Pilih OPD atau ketik nama instansi atau orang.</translation>
    </message>
    <message>
        <source>Say who came in their place.</source>
        <translation>Sebutkan siapa yang hadir mewakili.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::AuditCaseDialog</name>
    <message>
        <source>New audited case</source>
        <translation>Kasus audit baru</translation>
    </message>
    <message>
        <source>(choose the desa)</source>
        <translation>(pilih desa)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <source>No NIK entered.</source>
        <translation>NIK belum diisi.</translation>
    </message>
    <message>
        <source>The NIK looks valid.</source>
        <translation>NIK tampak valid.</translation>
    </message>
    <message>
        <source>Audit form</source>
        <translation>Formulir audit</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Letter or referral</source>
        <translation>Surat atau rujukan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Berkas pendukun&amp;g</translation>
    </message>
    <message>
        <source>The files may hold personal data: show the identity first.</source>
        <translation>Berkas dapat memuat data pribadi: tampilkan identitas lebih dulu.</translation>
    </message>
    <message>
        <source>Audited case %1</source>
        <translation>Kasus audit %1</translation>
    </message>
    <message>
        <source>New on the checklist when the case is saved</source>
        <translation>Masuk daftar periksa saat kasus disimpan</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” bukan tanggal.</translation>
    </message>
    <message>
        <source>Correct the date of the measurement, then save again.</source>
        <translation>Perbaiki tanggal pengukuran, lalu simpan lagi.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::AuditRoundDialog</name>
    <message>
        <source>New audit round</source>
        <translation>Putaran audit baru</translation>
    </message>
    <message>
        <source>(not yet linked)</source>
        <translation>(belum ditautkan)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Semester I (January–June)</source>
        <translation>Semester I (Januari–Juni)</translation>
    </message>
    <message>
        <source>Semester II (July–December)</source>
        <translation>Semester II (Juli–Desember)</translation>
    </message>
    <message>
        <source>Audit round %1</source>
        <translation>Putaran audit %1</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” bukan tanggal.</translation>
    </message>
    <message>
        <source>Correct the date of “%1”, then save again.</source>
        <translation>Perbaiki tanggal “%1”, lalu simpan lagi.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::CaseAuditPage</name>
    <message>
        <source>Stunting Case Audit</source>
        <translation>Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>Audit &amp;round:</source>
        <translation>&amp;Putaran audit:</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>Putaran &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Edit round…</source>
        <translation>&amp;Ubah putaran…</translation>
    </message>
    <message>
        <source>Cases are listed with initials and age only. Open a case to see its identity; every look is logged.</source>
        <translation>Kasus didaftar hanya dengan inisial dan umur. Buka kasus untuk melihat identitasnya; setiap kali dilihat tercatat di log audit.</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Kasus ba&amp;ru…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>B&amp;uka kasus…</translation>
    </message>
    <message>
        <source>Remove case</source>
        <translation>Hapus kasus</translation>
    </message>
    <message>
        <source>&amp;Print round report…</source>
        <translation>&amp;Cetak laporan putaran…</translation>
    </message>
    <message>
        <source>Report as PD&amp;F…</source>
        <translation>Laporan sebagai PD&amp;F…</translation>
    </message>
    <message>
        <source>No audit round yet. Start with “New round…”.</source>
        <translation>Belum ada putaran audit. Mulai dengan “Putaran baru…”.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Include the identity of the cases (names, NIK, birth dates, parents or partner)?

Choose No for files that are shared. With Yes the file is marked as containing personal data and the export is recorded in the audit log.</source>
        <translation>Sertakan identitas kasus (nama, NIK, tanggal lahir, orang tua atau pasangan)?

Pilih Tidak untuk berkas yang akan dibagikan. Dengan Ya, berkas ditandai berisi data pribadi dan ekspor dicatat di log audit.</translation>
    </message>
    <message>
        <source>Export audit round</source>
        <translation>Ekspor putaran audit</translation>
    </message>
    <message>
        <source>E&amp;xport XLSX/CSV…</source>
        <translation>E&amp;kspor XLSX/CSV…</translation>
    </message>
    <message>
        <source>Identities are encrypted with the workspace passphrase.</source>
        <translation>Identitas dienkripsi dengan frasa sandi ruang kerja.</translation>
    </message>
    <message>
        <source>Identities are NOT protected: they are stored unencrypted in the workspace file. An administrator can set a passphrase (Berkas &gt; Lindungi identitas…).</source>
        <translation>Identitas TIDAK dilindungi: disimpan tanpa enkripsi di berkas ruang kerja. Administrator dapat menetapkan frasa sandi (Berkas &gt; Lindungi identitas…).</translation>
    </message>
    <message>
        <source>Remove the selected case with its risk factors and follow-ups? Its number is not given to another case.</source>
        <translation>Hapus kasus terpilih beserta faktor risiko dan tindak lanjutnya? Nomornya tidak akan diberikan ke kasus lain.</translation>
    </message>
    <message>
        <source>Preparing the round report…</source>
        <translation>Menyiapkan laporan putaran…</translation>
    </message>
    <message>
        <source>Save the round report as PDF</source>
        <translation>Simpan laporan putaran sebagai PDF</translation>
    </message>
    <message>
        <source>Report as PDF</source>
        <translation>Laporan sebagai PDF</translation>
    </message>
    <message>
        <source>Writing the round report…</source>
        <translation>Menulis laporan putaran…</translation>
    </message>
    <message>
        <source>Exporting the audit round…</source>
        <translation>Mengekspor putaran audit…</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Kelompok sasaran</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>Age at the measurement</source>
        <translation>Umur saat pengukuran</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Number of risk factors</source>
        <translation>Jumlah faktor risiko</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Follow-ups done / all follow-ups</source>
        <translation>Tindak lanjut selesai / semua tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ChartPanel</name>
    <message>
        <source>Save chart…</source>
        <translation>Simpan grafik…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or a PDF file.</source>
        <translation>Simpan grafik ini sebagai gambar PNG atau berkas PDF.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ConflictDialog</name>
    <message>
        <source>Replace held figures</source>
        <translation>Ganti angka tersimpan</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n figures that differ from the ones in the workspace for the same area, period, source and indicator. Nothing has been changed yet.</source>
        <translation>
            <numerusform>Berkas memuat %n angka yang berbeda dari angka di ruang kerja untuk wilayah, periode, sumber dan indikator yang sama. Belum ada yang diubah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the held figures with the file&apos;s? (%n new figures will be added as well.)</source>
        <translation>
            <numerusform>Ganti angka tersimpan dengan angka dari berkas? (%n angka baru juga akan ditambahkan.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ConflictTableModel</name>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Di berkas</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::DashboardPage</name>
    <message>
        <source>Enter figure…</source>
        <translation>Isi angka…</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Target…</translation>
    </message>
    <message>
        <source>Summary as PDF…</source>
        <translation>Ringkasan sebagai PDF…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Cetak ringkasan…</translation>
    </message>
    <message>
        <source>Click a kecamatan to see its desa.</source>
        <translation>Klik sebuah kecamatan untuk melihat desanya.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Prevalence in %1</source>
        <translation>Prevalensi di %1</translation>
    </message>
    <message>
        <source>Import prevalence figures</source>
        <translation>Impor angka prevalensi</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv);;Buku kerja Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>The figures changed while you looked at them. Import again.</source>
        <translation>Angka berubah saat Anda memeriksanya. Impor lagi.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 replaced, %3 unchanged.</source>
        <translation>Diimpor: %1 baru, %2 diganti, %3 tetap.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Simpan grafik</translation>
    </message>
    <message>
        <source>Summary as PDF</source>
        <translation>Ringkasan sebagai PDF</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Hapus angka</translation>
    </message>
    <message>
        <source>Remove this figure from the workspace?

%1
%2, %3, %4
%5

This cannot be undone; enter or import it again if needed.</source>
        <translation>Hapus angka ini dari ruang kerja?

%1
%2, %3, %4
%5

Tindakan ini tidak dapat dibatalkan; isi atau impor lagi bila diperlukan.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Import figures from a CSV or XLSX file.</source>
        <translation>Impor angka dari berkas CSV atau XLSX.</translation>
    </message>
    <message>
        <source>The summary with the letterhead, the charts and the tables, in the print preview.</source>
        <translation>Ringkasan dengan kop surat, grafik dan tabel, di pratinjau cetak.</translation>
    </message>
    <message>
        <source>The source of the kecamatan chart and the tables. Sources are never mixed.</source>
        <translation>Sumber grafik kecamatan dan tabel. Sumber tidak pernah dicampur.</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sumber:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Data completeness, %1</source>
        <translation>Kelengkapan data, %1</translation>
    </message>
    <message>
        <source>Locus villages, %1</source>
        <translation>Desa lokus, %1</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Kelengkapan data</translation>
    </message>
    <message>
        <source>No period chosen.</source>
        <translation>Belum ada periode dipilih.</translation>
    </message>
    <message>
        <source>Locus villages</source>
        <translation>Desa lokus</translation>
    </message>
    <message>
        <source>No %1 figures yet. Enter a figure or import the e-PPGBM or survey figures (CSV or XLSX) to see the dashboard.</source>
        <translation>Belum ada angka %1. Isi angka atau impor angka e-PPGBM atau survei (CSV atau XLSX) untuk melihat dasbor.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows have problems. Correct the file and import it again.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: %n baris bermasalah. Perbaiki berkas lalu impor lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is good. Rows read: %1; new figures: %2; unchanged: %3. Import them?</source>
        <translation>Semua baris baik. Baris dibaca: %1; angka baru: %2; tidak berubah: %3. Impor sekarang?</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>Impor dibatalkan; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Saving the chart…</source>
        <translation>Menyimpan grafik…</translation>
    </message>
    <message>
        <source>prevalence-trend</source>
        <translation>tren-prevalensi</translation>
    </message>
    <message>
        <source>prevalence-by-kecamatan</source>
        <translation>prevalensi-per-kecamatan</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Menyiapkan ringkasan…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>prevalence-summary</source>
        <translation>ringkasan-prevalensi</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::DateEdit</name>
    <message>
        <source>e.g. 5/12/2023 or 5 Des 2023</source>
        <translation>mis. 5/12/2023 atau 5 Des 2023</translation>
    </message>
    <message>
        <source>Type a date as 5/12/2023, 05-12-2023 or 5 Des 2023, or pick it from the calendar.</source>
        <translation>Ketik tanggal seperti 5/12/2023, 05-12-2023 atau 5 Des 2023, atau pilih dari kalender.</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <translation>Pilih dari kalender</translation>
    </message>
    <message>
        <source>Check the date</source>
        <translation>Periksa tanggal</translation>
    </message>
    <message>
        <source>%1 is far from today. Is this date right?</source>
        <translation>%1 jauh dari hari ini. Apakah tanggal ini benar?</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::DecisionFollowUpModel</name>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::DirectoryPage</name>
    <message>
        <source>&lt;b&gt;District agencies (OPD)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Organisasi Perangkat Daerah (OPD)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add OPD…</source>
        <translation>Tambah OPD…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Tambah personel…</translation>
    </message>
    <message>
        <source>OPD directory</source>
        <translation>Direktori OPD</translation>
    </message>
    <message>
        <source>&lt;b&gt;People&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;People in %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personel %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove OPD</source>
        <translation>Hapus OPD</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the directory?</source>
        <translation>Hapus %1 (%2) dari direktori?</translation>
    </message>
    <message>
        <source>OPD not removed</source>
        <translation>OPD tidak dihapus</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Hapus personel</translation>
    </message>
    <message>
        <source>Remove %1 from the directory?</source>
        <translation>Hapus %1 dari direktori?</translation>
    </message>
    <message>
        <source>Person not removed</source>
        <translation>Personel tidak dihapus</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::FirstStepsPanel</name>
    <message>
        <source>&lt;b&gt;First steps in this workspace&lt;/b&gt;</source>
        <translation>&lt;b&gt;Langkah pertama di ruang kerja ini&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <source>Hide these steps in this workspace</source>
        <translation>Sembunyikan langkah-langkah ini di ruang kerja ini</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 dari %2 selesai</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::FollowUpBoardModel</name>
    <message>
        <source>Done on %1</source>
        <translation>Selesai %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Catatan perkembangan</translation>
    </message>
    <message>
        <source>Done: clear to take it back</source>
        <translation>Selesai: hapus centang untuk membatalkannya</translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation>Centang bila sudah selesai</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::FollowUpBoardPanel</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Hanya yang &amp;terlambat</translation>
    </message>
    <message>
        <source>&amp;Due between</source>
        <translation>&amp;Tenggat antara</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Not yet done</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Penanggung jawab:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>dan</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Tandai &amp;selesai…</translation>
    </message>
    <message>
        <source>&amp;Edit follow-up…</source>
        <translation>&amp;Ubah tindak lanjut…</translation>
    </message>
    <message>
        <source>Follow-up &amp;report…</source>
        <translation>&amp;Laporan tindak lanjut…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>All OPD</source>
        <translation>Semua OPD</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Tidak ada tindak lanjut yang terlambat.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue follow-ups: %n (shown here: %1 of %2).</source>
        <translation>
            <numerusform>Tindak lanjut terlambat: %n (tampil di sini: %1 dari %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation>Tindak lanjut tidak diubah</translation>
    </message>
    <message>
        <source>Preparing the follow-up report…</source>
        <translation>Menyiapkan laporan tindak lanjut…</translation>
    </message>
    <message>
        <source>Export the follow-ups</source>
        <translation>Ekspor tindak lanjut</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>tindak-lanjut</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>(not an OPD: name the unit below)</source>
        <translation>(bukan OPD: sebutkan unitnya di bawah)</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Tindak lanjut baru</translation>
    </message>
    <message>
        <source>Type the due date as 31/12/2024 or 31 Des 2024, or clear &quot;Due by&quot;.</source>
        <translation>Ketik tenggat sebagai 31/12/2024 atau 31 Des 2024, atau hapus centang &quot;Tenggat&quot;.</translation>
    </message>
    <message>
        <source>Check the due date, then save again.</source>
        <translation>Periksa tenggatnya, lalu simpan lagi.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::FollowUpDoneDialog</name>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Tandai selesai</translation>
    </message>
    <message>
        <source>Type the date it was done, such as 5/12/2024 or 5 Des 2024.</source>
        <translation>Ketik tanggal selesainya, misalnya 5/12/2024 atau 5 Des 2024.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::HeadlinePanel</name>
    <message>
        <source>sum of desa</source>
        <translation>jumlah desa</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
    <message>
        <source>Target %1 (%2): %3</source>
        <translation>Target %1 (%2): %3</translation>
    </message>
    <message>
        <source>met, %1 below</source>
        <translation>tercapai, %1 di bawah</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>%1 di atas</translation>
    </message>
    <message>
        <source>No target for %1</source>
        <translation>Tidak ada target untuk %1</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>TPPS meetings</source>
        <translation>Rapat TPPS</translation>
    </message>
    <message>
        <source>Locus villages</source>
        <translation>Desa Lokus</translation>
    </message>
    <message>
        <source>8 Convergence Actions</source>
        <translation>8 Aksi Konvergensi</translation>
    </message>
    <message>
        <source>Stunting Case Audit</source>
        <translation>Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Konvergensi</source>
        <translation>&amp;Tentang Konvergensi</translation>
    </message>
    <message>
        <source>No workspace open. Use File &gt; New workspace or File &gt; Open workspace.</source>
        <translation>Belum ada ruang kerja yang terbuka. Gunakan Berkas &gt; Ruang kerja baru atau Berkas &gt; Buka ruang kerja.</translation>
    </message>
    <message>
        <source>(no district yet)</source>
        <translation>(belum ada kabupaten/kota)</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (contoh)</translation>
    </message>
    <message>
        <source>District: %1%2   ·   Workspace: %3</source>
        <translation>Daerah: %1%2   ·   Ruang kerja: %3</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>&amp;Z-score calculator...</source>
        <translation>Kalkulator &amp;z-score...</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <source>Semester report</source>
        <translation>Laporan Semester</translation>
    </message>
    <message>
        <source>Child Measurements</source>
        <translation>Pengukuran Balita</translation>
    </message>
    <message>
        <source>office: %1</source>
        <translation>kantor: %1</translation>
    </message>
    <message>
        <source>District: %1%2   ·   Office server: %3   ·   Rights: %4</source>
        <translation>Kabupaten/kota: %1%2   ·   Server kantor: %3   ·   Hak: %4</translation>
    </message>
    <message>
        <source>Changes by another user were loaded (%1).</source>
        <translation>Perubahan dari pengguna lain sudah dimuat (%1).</translation>
    </message>
    <message>
        <source>The connection to the server was lost; reconnecting. Typed work stays open: save it again when the server answers.</source>
        <translation>Koneksi ke server terputus; sedang menghubungkan lagi. Isian yang diketik tetap terbuka: simpan lagi setelah server menjawab.</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Terhubung lagi ke server.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MeetingAgendaTab</name>
    <message>
        <source>New agenda item</source>
        <translation>Acara baru</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Naik&amp;kan</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Ubah acara</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Tambah acara</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Hapus acara</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Pindahkan acara</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MeetingAttendanceTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Add attendance</source>
        <translation>Tambah kehadiran</translation>
    </message>
    <message>
        <source>Edit attendance</source>
        <translation>Ubah kehadiran</translation>
    </message>
    <message>
        <source>Remove attendance</source>
        <translation>Hapus kehadiran</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 dari %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invited %1: present %2, represented %3, absent %4.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diundang %1: hadir %2, diwakili %3, tidak hadir %4.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attended per OPD: </source>
        <translation>Kehadiran per OPD: </translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MeetingDecisionsTab</name>
    <message>
        <source>&lt;b&gt;Decisions (kesepakatan)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kesepakatan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation>&amp;Tambah kesepakatan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Text of the selected decision:</source>
        <translation>Isi kesepakatan yang dipilih:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups of the selected decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rencana tindak lanjut (RTL) kesepakatan yang dipilih&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>Tambah tindak &amp;lanjut…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Ubah kesepakatan</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Tambah kesepakatan</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Hapus kesepakatan</translation>
    </message>
    <message numerus="yes">
        <source>Decision %1 has %n follow-ups. Remove it with its follow-ups?</source>
        <translation>
            <numerusform>Kesepakatan %1 memiliki %n tindak lanjut. Hapus beserta tindak lanjutnya?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move decision</source>
        <translation>Pindahkan kesepakatan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Add a decision first: every follow-up belongs to a decision.</source>
        <translation>Tambahkan kesepakatan dulu: setiap tindak lanjut milik sebuah kesepakatan.</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Tambah tindak lanjut</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Ubah tindak lanjut</translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation>Hapus tindak lanjut</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MeetingDetailsTab</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(tanpa wilayah)</translation>
    </message>
    <message>
        <source>Level and region:</source>
        <translation>Tingkat dan wilayah:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>pukul</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Tanggal dan waktu:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
    <message>
        <source>e.g. Bupati Bengkalis</source>
        <translation>mis. Bupati Bengkalis</translation>
    </message>
    <message>
        <source>C&amp;haired by:</source>
        <translation>Pim&amp;pinan rapat:</translation>
    </message>
    <message>
        <source>name, when the chair was represented</source>
        <translation>nama, bila pimpinan rapat diwakili</translation>
    </message>
    <message>
        <source>Represented &amp;by:</source>
        <translation>Di&amp;wakili oleh:</translation>
    </message>
    <message>
        <source>e.g. Staf Ahli Bupati Bidang Kemasyarakatan dan SDM</source>
        <translation>mis. Staf Ahli Bupati Bidang Kemasyarakatan dan SDM</translation>
    </message>
    <message>
        <source>&amp;In the position of:</source>
        <translation>&amp;Selaku:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Serves &amp;action:</source>
        <translation>Mendukung &amp;Aksi:</translation>
    </message>
    <message>
        <source>signs the minutes; the letterhead&apos;s signatory when empty</source>
        <translation>penanda tangan notulen; penanda tangan kop surat bila kosong</translation>
    </message>
    <message>
        <source>S&amp;ecretary:</source>
        <translation>S&amp;ekretaris/notulis:</translation>
    </message>
    <message>
        <source>Secretary&apos;s &amp;position:</source>
        <translation>Jabatan se&amp;kretaris:</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Ubah judul</translation>
    </message>
    <message>
        <source>Edit venue</source>
        <translation>Ubah tempat</translation>
    </message>
    <message>
        <source>Edit chair</source>
        <translation>Ubah pimpinan rapat</translation>
    </message>
    <message>
        <source>Edit representative</source>
        <translation>Ubah wakil pimpinan rapat</translation>
    </message>
    <message>
        <source>Edit secretary</source>
        <translation>Ubah sekretaris</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Ubah jenis</translation>
    </message>
    <message>
        <source>Change level</source>
        <translation>Ubah tingkat</translation>
    </message>
    <message>
        <source>Change region</source>
        <translation>Ubah wilayah</translation>
    </message>
    <message>
        <source>Change action</source>
        <translation>Ubah Aksi</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Ubah tanggal</translation>
    </message>
    <message>
        <source>Edit time</source>
        <translation>Ubah waktu</translation>
    </message>
    <message>
        <source>Write the times as hours and minutes, such as 09:00 or 13:30.</source>
        <translation>Tulis waktu sebagai jam dan menit, misalnya 09:00 atau 13:30.</translation>
    </message>
    <message>
        <source>Type the date of the meeting as 5/12/2023 or 5 Des 2023.</source>
        <translation>Ketik tanggal rapat sebagai 5/12/2023 atau 5 Des 2023.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MeetingEditorDialog</name>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Data rapat</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Decisions and follow-ups</source>
        <translation>Kesepakatan dan tindak lanjut</translation>
    </message>
    <message>
        <source>Summary and minutes</source>
        <translation>Ringkasan dan notulen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Rapat baru</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Rapat: %1</translation>
    </message>
    <message>
        <source>Save and c&amp;lose</source>
        <translation>Simpan dan &amp;tutup</translation>
    </message>
    <message>
        <source>Check the date of the meeting, then save again.</source>
        <translation>Periksa tanggal rapat, lalu simpan lagi.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Level / region</source>
        <translation>Tingkat / wilayah</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n kesepakatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups not yet done</source>
        <translation>
            <numerusform>%n tindak lanjut belum selesai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups overdue</source>
        <translation>
            <numerusform>%n tindak lanjut terlambat</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions (kesepakatan) of the meeting</source>
        <translation>Kesepakatan rapat</translation>
    </message>
    <message>
        <source>Follow-ups not yet done</source>
        <translation>Tindak lanjut yang belum selesai</translation>
    </message>
    <message>
        <source>Follow-ups past their due date and not done</source>
        <translation>Tindak lanjut yang lewat tenggat dan belum selesai</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MeetingMinutesTab</name>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Ringkasan:</translation>
    </message>
    <message>
        <source>&amp;Minutes (notulen):</source>
        <translation>&amp;Notulen:</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Ubah ringkasan</translation>
    </message>
    <message>
        <source>Edit minutes</source>
        <translation>Ubah notulen</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MeetingRegisterPanel</name>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <source>Search title, minutes, decisions…</source>
        <translation>Cari judul, notulen, kesepakatan…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>Rapat &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>&amp;Cetak notulen…</translation>
    </message>
    <message>
        <source>Minutes as PD&amp;F…</source>
        <translation>Notulen ke PD&amp;F…</translation>
    </message>
    <message>
        <source>Attendance &amp;sheet…</source>
        <translation>&amp;Daftar hadir…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n rapat</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Hapus rapat</translation>
    </message>
    <message numerus="yes">
        <source>Remove the meeting &quot;%1&quot; of %2 with its agenda, attendance, decisions, %n follow-ups and documents? This cannot be undone.</source>
        <translation>
            <numerusform>Hapus rapat &quot;%1&quot; tanggal %2 beserta acara, kehadiran, kesepakatan, %n tindak lanjut dan dokumennya? Tindakan ini tidak dapat diurungkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting not removed</source>
        <translation>Rapat tidak dihapus</translation>
    </message>
    <message>
        <source>Preparing the minutes…</source>
        <translation>Menyiapkan notulen…</translation>
    </message>
    <message>
        <source>Preparing the attendance sheet…</source>
        <translation>Menyiapkan daftar hadir…</translation>
    </message>
    <message>
        <source>Save the minutes as PDF</source>
        <translation>Simpan notulen sebagai PDF</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>notulen</translation>
    </message>
    <message>
        <source>Export the meeting register</source>
        <translation>Ekspor daftar rapat</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>rapat</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MeetingsPage</name>
    <message>
        <source>Meeting register</source>
        <translation>Daftar rapat</translation>
    </message>
    <message>
        <source>Follow-up board</source>
        <translation>Papan tindak lanjut</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Rapat ini sudah tidak ada.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up board (%n overdue)</source>
        <translation>
            <numerusform>Papan tindak lanjut (%n terlambat)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MoveToServerResultDialog</name>
    <message>
        <source>The workspace was copied to %1 in one transaction: %2 rows in %3 tables, each table&apos;s rows and checksum identical on both sides. The file stays as it was.</source>
        <translation>Ruang kerja disalin ke %1 dalam satu transaksi: %2 baris dalam %3 tabel, jumlah baris dan checksum setiap tabel sama di kedua sisi. Berkasnya tetap seperti semula.</translation>
    </message>
    <message>
        <source>&amp;Open on the server</source>
        <translation>&amp;Buka di server</translation>
    </message>
    <message>
        <source>&amp;Keep the file open</source>
        <translation>&amp;Tetap di berkas</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::NewWorkspaceDialog</name>
    <message>
        <source>New workspace file</source>
        <translation>Berkas ruang kerja baru</translation>
    </message>
    <message>
        <source>Konvergensi workspace (*.kvg)</source>
        <translation>Ruang kerja Konvergensi (*.kvg)</translation>
    </message>
    <message>
        <source>Choose where to save the workspace file.</source>
        <translation>Pilih tempat menyimpan berkas ruang kerja.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing workspace is opened with File &gt; Open workspace.</source>
        <translation>%1 sudah ada. Pilih nama lain; ruang kerja yang sudah ada dibuka dengan Berkas &gt; Buka ruang kerja.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ObservationDialog</name>
    <message>
        <source>Indonesia (national reference)</source>
        <translation>Indonesia (acuan nasional)</translation>
    </message>
    <message>
        <source>Choose the area.</source>
        <translation>Pilih wilayahnya.</translation>
    </message>
    <message>
        <source>Children measured must be a whole number.</source>
        <translation>Balita diukur harus bilangan bulat.</translation>
    </message>
    <message>
        <source>Cases must be a whole number.</source>
        <translation>Kasus harus bilangan bulat.</translation>
    </message>
    <message>
        <source>Children expected must be a whole number.</source>
        <translation>Balita sasaran harus bilangan bulat.</translation>
    </message>
    <message>
        <source>The published rate must be a number, such as 8,4.</source>
        <translation>Prevalensi terbit harus berupa angka, misalnya 8,4.</translation>
    </message>
    <message>
        <source>There is already a figure for this area, period, source and indicator.

Held: %1
New: %2

Replace the held figure?</source>
        <translation>Sudah ada angka untuk wilayah, periode, sumber dan indikator ini.

Tersimpan: %1
Baru: %2

Ganti angka yang tersimpan?</translation>
    </message>
    <message>
        <source>The figure is for %1, more than a year ahead. Is the year right?</source>
        <translation>Angka ini untuk tahun %1, lebih dari setahun ke depan. Apakah tahunnya benar?</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>Periksa tahunnya.</translation>
    </message>
    <message>
        <source>Nothing was saved: the held figure stays. Change the figure or cancel.</source>
        <translation>Tidak ada yang disimpan: angka tersimpan tetap. Ubah angkanya atau batalkan.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::OpdDialog</name>
    <message>
        <source>A name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>A short name (such as Bappeda or Dinkes) is required.</source>
        <translation>Singkatan (misalnya Bappeda atau Dinkes) wajib diisi.</translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, +, - and parentheses, with at least 6 digits.</source>
        <translation>Nomor telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung, dengan sedikitnya 6 angka.</translation>
    </message>
    <message>
        <source>Add OPD</source>
        <translation>Tambah OPD</translation>
    </message>
    <message>
        <source>Edit OPD</source>
        <translation>Ubah OPD</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::OpdTableModel</name>
    <message>
        <source>Short name</source>
        <translation>Singkatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personel</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::OutputDialog</name>
    <message>
        <source>Add output</source>
        <translation>Tambah keluaran</translation>
    </message>
    <message>
        <source>Edit output</source>
        <translation>Ubah keluaran</translation>
    </message>
    <message>
        <source>Check the date done.</source>
        <translation>Periksa tanggal selesai.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>Tambah personel</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Ubah personel</translation>
    </message>
    <message>
        <source>Choose the OPD this person works in.</source>
        <translation>Pilih OPD tempat personel ini bekerja.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sesuaikan lebar</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Sesuaikan halaman</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::PuskesmasDialog</name>
    <message>
        <source>Add puskesmas</source>
        <translation>Tambah puskesmas</translation>
    </message>
    <message>
        <source>Edit puskesmas</source>
        <translation>Ubah puskesmas</translation>
    </message>
    <message>
        <source>The code cannot change: figures refer to it.</source>
        <translation>Kode tidak dapat diubah: angka prevalensi merujuk kepadanya.</translation>
    </message>
    <message>
        <source>Served by %1. A desa belongs to the working area of one puskesmas only; take it out there first.</source>
        <translation>Dilayani %1. Sebuah desa hanya masuk wilayah kerja satu puskesmas; keluarkan dulu dari sana.</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Choose the kecamatan to see its desa, or show the desa of every kecamatan.</source>
        <translation>Pilih kecamatan untuk melihat desanya, atau tampilkan desa semua kecamatan.</translation>
    </message>
    <message>
        <source>No desa matches the filter.</source>
        <translation>Tidak ada desa yang cocok dengan saringan.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Tetap simpan?</translation>
    </message>
    <message numerus="yes">
        <source>%n desa/kelurahan chosen</source>
        <translation>
            <numerusform>%n desa/kelurahan dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet: change the kecamatan or the desa, or save again and answer yes.</source>
        <translation>Belum disimpan: ubah kecamatan atau desanya, atau simpan lagi dan jawab ya.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::PuskesmasFigureModel</name>
    <message>
        <source>%1 of the desa have only a published rate, without counts: they are not in the sums.</source>
        <translation>%1 desa hanya memiliki angka prevalensi terbitan tanpa jumlah balita: desa tersebut tidak ikut dijumlahkan.</translation>
    </message>
    <message>
        <source>Desa served with a figure in this period, of all the desa the puskesmas serves.</source>
        <translation>Desa wilayah kerja yang memiliki angka pada periode ini, dari seluruh desa wilayah kerja puskesmas.</translation>
    </message>
    <message>
        <source>No figure was entered for the puskesmas itself in this period.</source>
        <translation>Tidak ada angka yang diisikan untuk puskesmas itu sendiri pada periode ini.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 dari %3)</translation>
    </message>
    <message>
        <source>Summed over the desa the puskesmas serves: their cases divided by their children measured (never an average of percentages).</source>
        <translation>Dijumlahkan dari desa wilayah kerja puskesmas: kasus dibagi balita diukur (bukan rata-rata persentase).</translation>
    </message>
    <message>
        <source>The figure entered for the puskesmas itself (same source and period), shown apart from the sum of its desa.</source>
        <translation>Angka yang diisikan untuk puskesmas itu sendiri (sumber dan periode yang sama), ditampilkan terpisah dari jumlah desanya.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prevalensi</translation>
    </message>
    <message>
        <source>Own figure</source>
        <translation>Angka sendiri</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Diukur</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>IK 95 %</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::PuskesmasPage</name>
    <message>
        <source>&lt;b&gt;Puskesmas and the desa they serve&lt;/b&gt;</source>
        <translation>&lt;b&gt;Puskesmas dan desa wilayah kerjanya&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add puskesmas…</source>
        <translation>Tambah puskesmas…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>No puskesmas yet. Add each puskesmas with the desa of its working area: the dashboard then sums the desa figures per puskesmas.</source>
        <translation>Belum ada puskesmas. Tambahkan setiap puskesmas beserta desa wilayah kerjanya: dasbor lalu menjumlahkan angka desa per puskesmas.</translation>
    </message>
    <message>
        <source>Puskesmas: %1. Desa/kelurahan served: %2 of %3.</source>
        <translation>Puskesmas: %1. Desa/kelurahan yang terlayani: %2 dari %3.</translation>
    </message>
    <message>
        <source>Remove puskesmas</source>
        <translation>Hapus puskesmas</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? The %3 desa it serves will belong to no puskesmas.</source>
        <translation>Hapus %1 (%2)? Ke-%3 desa wilayah kerjanya tidak akan masuk puskesmas mana pun.</translation>
    </message>
    <message>
        <source>Puskesmas not removed</source>
        <translation>Puskesmas tidak dihapus</translation>
    </message>
    <message numerus="yes">
        <source>%n desa/kelurahan are not served by any puskesmas yet.</source>
        <translation>
            <numerusform>%n desa/kelurahan belum dilayani puskesmas mana pun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::PuskesmasTableModel</name>
    <message>
        <source>Serves no desa yet.</source>
        <translation>Belum melayani desa mana pun.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa served</source>
        <translation>Desa terlayani</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::PuskesmasTablePanel</name>
    <message>
        <source>Remove puskesmas figure…</source>
        <translation>Hapus angka puskesmas…</translation>
    </message>
    <message>
        <source>Removes the figure entered for the chosen puskesmas for this source and period. The sums of its desa are computed from the desa figures.</source>
        <translation>Menghapus angka yang diisikan untuk puskesmas yang dipilih pada sumber dan periode ini. Jumlah desanya dihitung dari angka desa.</translation>
    </message>
    <message>
        <source>No puskesmas yet. Add the puskesmas and the desa each one serves under Regions, tab Puskesmas.</source>
        <translation>Belum ada puskesmas. Tambahkan puskesmas dan desa wilayah kerjanya di Wilayah, tab Puskesmas.</translation>
    </message>
    <message>
        <source>Puskesmas: no period chosen.</source>
        <translation>Puskesmas: belum ada periode dipilih.</translation>
    </message>
    <message>
        <source>Puskesmas, %1. Measured, cases and prevalence are the sums of the desa each puskesmas serves (cases divided by children measured). &quot;Own figure&quot; is the figure entered for the puskesmas itself; the two are never mixed.</source>
        <translation>Puskesmas, %1. Diukur, kasus dan prevalensi adalah jumlah dari desa wilayah kerja tiap puskesmas (kasus dibagi balita diukur). &quot;Angka sendiri&quot; adalah angka yang diisikan untuk puskesmas itu sendiri; keduanya tidak pernah dicampur.</translation>
    </message>
    <message numerus="yes">
        <source>%n desa/kelurahan are not served by any puskesmas yet.</source>
        <translation>
            <numerusform>%n desa/kelurahan belum dilayani puskesmas mana pun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Per puskesmas of the children…</source>
        <translation>Per puskesmas dari data anak…</translation>
    </message>
    <message>
        <source>Opens the round in Child Measurements per puskesmas as e-PPGBM recorded each child&apos;s, down to its posyandu.</source>
        <translation>Membuka putaran ini di Pengukuran Balita per puskesmas seperti yang dicatat e-PPGBM untuk setiap anak, sampai ke posyandunya.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::RegionImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Choose a region list</source>
        <translation>Pilih daftar wilayah</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Berkas CSV (*.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <source>Regions imported</source>
        <translation>Wilayah diimpor</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation>%1 baru, %2 diperbarui, %3 tetap.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Diimpor: %1 baru, %2 diperbarui, %3 tetap.</translation>
    </message>
    <message>
        <source>Rows with problems: %1. Nothing was imported; correct the file and choose it again.</source>
        <translation>Baris bermasalah: %1. Tidak ada yang diimpor; perbaiki berkasnya lalu pilih lagi.</translation>
    </message>
    <message>
        <source>Rows read: %1, all good: %2 new, %3 updated, %4 unchanged. Ready to import.</source>
        <translation>Baris terbaca: %1, semuanya baik: %2 baru, %3 diperbarui, %4 tetap. Siap diimpor.</translation>
    </message>
    <message>
        <source>Checking the region list</source>
        <translation>Memeriksa daftar wilayah</translation>
    </message>
    <message>
        <source>Importing the region list</source>
        <translation>Mengimpor daftar wilayah</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::RegionProblemModel</name>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::RegionTreeModel</name>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>District/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kemendagri code</source>
        <translation>Kode Kemendagri</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::RegionsPage</name>
    <message>
        <source>Search by name or code…</source>
        <translation>Cari nama atau kode…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <source>Administrative regions</source>
        <translation>Wilayah administrasi</translation>
    </message>
    <message>
        <source>OPD and people</source>
        <translation>OPD dan personel</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>No regions yet. Import the district&apos;s region list (CSV) to start.</source>
        <translation>Belum ada wilayah. Impor daftar wilayah kabupaten/kota (CSV) untuk memulai.</translation>
    </message>
    <message>
        <source>%1 kecamatan, %2 desa and %3 kelurahan.</source>
        <translation>%1 kecamatan, %2 desa dan %3 kelurahan.</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::SaveDialog</name>
    <message>
        <source>&amp;Reload the stored version</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>Data ini tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Close and discard the changes you typed?</source>
        <translation>Tutup dan buang perubahan yang Anda ketik?</translation>
    </message>
    <message>
        <source>The stored version could not be loaded; it may have been removed.</source>
        <translation>Versi yang tersimpan tidak dapat dimuat; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>The stored version is shown. What you had typed is below, to copy from.</source>
        <translation>Versi yang tersimpan kini ditampilkan. Yang tadi Anda ketik ada di bawah ini untuk disalin.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ServerConnectDialog</name>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation>prefer: terenkripsi bila server menawarkannya</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require: selalu terenkripsi</translation>
    </message>
    <message>
        <source>verify-full: encrypted, server certificate checked</source>
        <translation>verify-full: terenkripsi, sertifikat server diperiksa</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable: tidak pernah terenkripsi</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ServerConnector</name>
    <message>
        <source>Move to the server</source>
        <translation>Pindahkan ke server</translation>
    </message>
    <message>
        <source>Copies this workspace file into an empty database on the office server, prepared by the administrator with konvergensi-cli server init. Connect as the administrator (a member of konvergensi_admin). The file stays as it is.</source>
        <translation>Menyalin berkas ruang kerja ini ke basis data kosong di server kantor yang sudah disiapkan administrator dengan konvergensi-cli server init. Masuklah sebagai administrator (anggota konvergensi_admin). Berkasnya tetap seperti semula.</translation>
    </message>
    <message>
        <source>Copying the workspace to the server…</source>
        <translation>Menyalin ruang kerja ke server…</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Save letterhead</source>
        <translation>Simpan kop surat</translation>
    </message>
    <message>
        <source>Choose the district&apos;s logo</source>
        <translation>Pilih logo daerah</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.bmp *.svg)</translation>
    </message>
    <message>
        <source>Letterhead saved.</source>
        <translation>Kop surat disimpan.</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read.</source>
        <translation>%1 bukan gambar yang dapat dibaca.</translation>
    </message>
    <message>
        <source>Logo loaded; save the letterhead to keep it.</source>
        <translation>Logo dimuat; simpan kop surat untuk menyimpannya.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>Settings: the letterhead</source>
        <translation>Pengaturan: kop surat</translation>
    </message>
    <message>
        <source>Default (Bahasa Indonesia)</source>
        <translation>Bawaan (Bahasa Indonesia)</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::TargetDialog</name>
    <message>
        <source>Edit target</source>
        <translation>Ubah target</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Tambah target</translation>
    </message>
    <message>
        <source>Indonesia (national)</source>
        <translation>Indonesia (nasional)</translation>
    </message>
    <message>
        <source>Type the target as a percentage, such as 7,5.</source>
        <translation>Ketik target sebagai persentase, misalnya 7,5.</translation>
    </message>
    <message>
        <source>The target is for %1, far from this year. Is the year right?</source>
        <translation>Target ini untuk tahun %1, jauh dari tahun ini. Apakah tahunnya benar?</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>Periksa tahunnya.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::TargetTableModel</name>
    <message>
        <source>Set by Presidential Regulation 72/2021; it cannot be changed here.</source>
        <translation>Ditetapkan oleh Perpres 72/2021; tidak dapat diubah di sini.</translation>
    </message>
    <message>
        <source>Indonesia (national)</source>
        <translation>Indonesia (nasional)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::TargetsDialog</name>
    <message>
        <source>Remove the target of %1 for %2 (%3)?</source>
        <translation>Hapus target %1 untuk %2 (%3)?</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::UserGuideDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::VillageFigureModel</name>
    <message>
        <source>No interval: the children measured and the cases are not known.</source>
        <translation>Tidak ada interval: jumlah balita diukur dan kasus tidak diketahui.</translation>
    </message>
    <message>
        <source>No locus village list for this year yet.</source>
        <translation>Belum ada daftar desa lokus untuk tahun ini.</translation>
    </message>
    <message>
        <source>Locus</source>
        <translation>Lokus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Children measured</source>
        <translation>Balita diukur</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prevalensi</translation>
    </message>
    <message>
        <source>Severity (WHO)</source>
        <translation>Tingkat (WHO)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>%1 (%2), Kecamatan %3</source>
        <translation>%1 (%2), Kecamatan %3</translation>
    </message>
    <message numerus="yes">
        <source>Sum of %n posyandu.</source>
        <translation>
            <numerusform>Jumlah dari %n posyandu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Children with the condition of the indicator</source>
        <translation>Balita dengan kondisi indikator ini</translation>
    </message>
    <message>
        <source>95 % confidence interval (Wilson), from the counts</source>
        <translation>Interval kepercayaan 95 % (Wilson), dari hitungan</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Diukur</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>IK 95 %</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::VillageTablePanel</name>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>Remove figure…</source>
        <translation>Hapus angka…</translation>
    </message>
    <message>
        <source>Filter by desa name or code…</source>
        <translation>Saring menurut nama atau kode desa…</translation>
    </message>
    <message>
        <source>Removes the figure of the chosen desa for this source and period.</source>
        <translation>Menghapus angka desa yang dipilih untuk sumber dan periode ini.</translation>
    </message>
    <message>
        <source>Desa and kelurahan</source>
        <translation>Desa dan kelurahan</translation>
    </message>
    <message>
        <source>All desa and kelurahan, %1</source>
        <translation>Semua desa dan kelurahan, %1</translation>
    </message>
    <message>
        <source>Desa and kelurahan of Kecamatan %1, %2</source>
        <translation>Desa dan kelurahan Kecamatan %1, %2</translation>
    </message>
    <message>
        <source>Per posyandu…</source>
        <translation>Per posyandu…</translation>
    </message>
    <message>
        <source>Opens the chosen desa&apos;s posyandu in Child Measurements, counted from the children measured in this round.</source>
        <translation>Membuka posyandu desa yang dipilih di Pengukuran Balita, dihitung dari anak yang diukur pada putaran ini.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::WorkspaceMaintenance</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Cadangkan…</translation>
    </message>
    <message>
        <source>&amp;Check workspace</source>
        <translation>Periksa &amp;ruang kerja</translation>
    </message>
    <message>
        <source>&amp;Protect identities…</source>
        <translation>&amp;Lindungi identitas…</translation>
    </message>
    <message>
        <source>Back up the workspace</source>
        <translation>Cadangkan ruang kerja</translation>
    </message>
    <message>
        <source>Konvergensi workspace (*.kvg)</source>
        <translation>Ruang kerja Konvergensi (*.kvg)</translation>
    </message>
    <message>
        <source>The workspace was copied to %1.</source>
        <translation>Ruang kerja telah disalin ke %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Konvergensi workspace (*.kvg);;All files (*)</source>
        <translation>Ruang kerja Konvergensi (*.kvg);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation>Pulihkan ke berkas baru</translation>
    </message>
    <message>
        <source>Replace the open workspace with the backup? The current workspace is kept in %1.</source>
        <translation>Ganti ruang kerja yang terbuka dengan cadangan? Ruang kerja yang sekarang disimpan di %1.</translation>
    </message>
    <message>
        <source>The backup was restored as %1 and is open now.</source>
        <translation>Cadangan telah dipulihkan sebagai %1 dan kini terbuka.</translation>
    </message>
    <message>
        <source>Check workspace</source>
        <translation>Periksa ruang kerja</translation>
    </message>
    <message>
        <source>The workspace passed the integrity and foreign-key checks.</source>
        <translation>Ruang kerja lolos pemeriksaan keutuhan dan kunci asing.</translation>
    </message>
    <message>
        <source>The workspace is DAMAGED (%1 problems). Stop working in it and restore the newest good backup (Berkas &gt; Pulihkan dari cadangan…). Backups: %2</source>
        <translation>Ruang kerja RUSAK (%1 masalah). Berhenti bekerja di dalamnya dan pulihkan cadangan baik yang terbaru (Berkas &gt; Pulihkan dari cadangan…). Cadangan: %2</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Workspace checked: whole and sound.</source>
        <translation>Ruang kerja diperiksa: utuh dan baik.</translation>
    </message>
    <message numerus="yes">
        <source>The workspace check found %n problem(s): stop working in it and restore the newest good backup (Berkas &gt; Pulihkan dari cadangan…).</source>
        <translation>
            <numerusform>Pemeriksaan ruang kerja menemukan %n masalah: hentikan pekerjaan di dalamnya dan pulihkan cadangan baik yang terbaru (Berkas &gt; Pulihkan dari cadangan…).</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace could not be checked: %1</source>
        <translation>Ruang kerja tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>The workspace could not be checked.</source>
        <translation>Ruang kerja tidak dapat diperiksa.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::WorkspaceMenu</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>Ruang kerja bar&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Buka ruang kerja…</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Ruang kerja &amp;terakhir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Kosongkan daftar</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Ruang kerja tidak dibuka</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Buka ruang kerja</translation>
    </message>
    <message>
        <source>Konvergensi workspace (*.kvg *.sqlite *.db);;All files (*)</source>
        <translation>Ruang kerja Konvergensi (*.kvg *.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>new-workspace</source>
        <translation>ruang-kerja-baru</translation>
    </message>
    <message>
        <source>Workspace not created</source>
        <translation>Ruang kerja tidak dibuat</translation>
    </message>
    <message>
        <source>Connect to the office &amp;server…</source>
        <translation>&amp;Hubungkan ke server kantor…</translation>
    </message>
    <message>
        <source>&amp;Move to the server…</source>
        <translation>Pin&amp;dahkan ke server…</translation>
    </message>
    <message>
        <source>%1 (office server)</source>
        <translation>%1 (server kantor)</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::WorkspaceSession</name>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation>Berkas ruang kerja %1 tidak ada.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::YearComparisonModel</name>
    <message>
        <source>Action</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Progress %1</source>
        <translation>Kemajuan %1</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Perubahan (poin)</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::ZScoreCalculatorDialog</name>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>%1%2 SD</source>
        <translation>%1%2 SD</translation>
    </message>
    <message>
        <source>This child</source>
        <translation>Anak ini</translation>
    </message>
    <message>
        <source>%1 days (%2 months)</source>
        <translation>%1 hari (%2 bulan)</translation>
    </message>
    <message>
        <source>Weight-for-age (BB/U)</source>
        <translation>Berat badan menurut umur (BB/U)</translation>
    </message>
    <message>
        <source>Length-for-age (PB/U)</source>
        <translation>Panjang badan menurut umur (PB/U)</translation>
    </message>
    <message>
        <source>Height-for-age (TB/U)</source>
        <translation>Tinggi badan menurut umur (TB/U)</translation>
    </message>
    <message>
        <source>Weight-for-length (BB/PB)</source>
        <translation>Berat badan menurut panjang badan (BB/PB)</translation>
    </message>
    <message>
        <source>Weight-for-height (BB/TB)</source>
        <translation>Berat badan menurut tinggi badan (BB/TB)</translation>
    </message>
    <message>
        <source>BMI-for-age (IMT/U)</source>
        <translation>IMT menurut umur (IMT/U)</translation>
    </message>
    <message>
        <source>Implausible: check the measurement</source>
        <translation>Tidak wajar: periksa pengukuran</translation>
    </message>
    <message>
        <source>The measurement date is before the birth date.</source>
        <translation>Tanggal pengukuran sebelum tanggal lahir.</translation>
    </message>
    <message>
        <source>These standards are for children under five (60 months).</source>
        <translation>Standar ini untuk anak di bawah lima tahun (60 bulan).</translation>
    </message>
    <message>
        <source>A standing height under 9 months is implausible: it is taken as measured, without the 0.7 cm correction, and the position as unknown.</source>
        <translation>Pengukuran berdiri di bawah umur 9 bulan tidak wajar: nilai dipakai apa adanya, tanpa koreksi 0,7 cm, dan posisi ukur dianggap tidak diketahui.</translation>
    </message>
    <message>
        <source>Under 2 years the standard uses lying length: the standing height counts as %1 cm (+0.7 cm).</source>
        <translation>Di bawah 2 tahun standar memakai panjang badan (terlentang): tinggi badan berdiri dihitung %1 cm (+0,7 cm).</translation>
    </message>
    <message>
        <source>From 2 years the standard uses standing height: the lying length counts as %1 cm (-0.7 cm).</source>
        <translation>Mulai 2 tahun standar memakai tinggi badan (berdiri): panjang badan terlentang dihitung %1 cm (-0,7 cm).</translation>
    </message>
    <message>
        <source>With oedema the weight-based z-scores are not computed; in prevalence the child counts below -3 SD.</source>
        <translation>Dengan edema, z-score berbasis berat badan tidak dihitung; dalam prevalensi anak ini dihitung di bawah -3 SD.</translation>
    </message>
    <message>
        <source>A z-score beyond the WHO flag limits is implausible: it gets no category.</source>
        <translation>Z-score di luar batas flag WHO tidak wajar: tidak diberi kategori.</translation>
    </message>
    <message>
        <source>Length/height-for-age</source>
        <translation>Panjang/tinggi badan menurut umur</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Umur (bulan)</translation>
    </message>
    <message>
        <source>Length/height (cm)</source>
        <translation>Panjang/tinggi badan (cm)</translation>
    </message>
    <message>
        <source>Weight-for-length</source>
        <translation>Berat badan menurut panjang badan</translation>
    </message>
    <message>
        <source>Weight-for-height</source>
        <translation>Berat badan menurut tinggi badan</translation>
    </message>
    <message>
        <source>Length (cm)</source>
        <translation>Panjang badan (cm)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Tinggi badan (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat badan (kg)</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::CompareTab</name>
    <message>
        <source>&amp;From year:</source>
        <translation>&amp;Dari tahun:</translation>
    </message>
    <message>
        <source>&amp;to year:</source>
        <translation>&amp;sampai tahun:</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::ComparisonModel</name>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::DecreeDialog</name>
    <message>
        <source>Regent&apos;s decree on the locus villages of %1</source>
        <translation>Keputusan Bupati tentang desa lokus %1</translation>
    </message>
    <message>
        <source>not dated yet</source>
        <translation>belum bertanggal</translation>
    </message>
    <message>
        <source>Signed decree</source>
        <translation>SK yang ditandatangani</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Dokumen lain</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::KecamatanCountModel</name>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::KpmDialog</name>
    <message>
        <source>KPM of %1</source>
        <translation>KPM %1</translation>
    </message>
    <message>
        <source>The human development cadre (KPM) of %1 (%2), who collects the village&apos;s convergence scorecard.</source>
        <translation>Kader Pembangunan Manusia (KPM) %1 (%2), yang mengumpulkan scorecard konvergensi desa.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::LocusEntryDialog</name>
    <message>
        <source>%1 on the locus list of %2</source>
        <translation>%1 dalam daftar desa lokus %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): rank %3 on the list of %4, %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): peringkat %3 dalam daftar %4, %5.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: &quot;%2&quot; bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; bukan angka.</translation>
    </message>
    <message>
        <source>Children measured</source>
        <translation>Balita diukur</translation>
    </message>
    <message>
        <source>Children stunted</source>
        <translation>Balita stunting</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prevalensi</translation>
    </message>
    <message>
        <source>1,000-HPK target households</source>
        <translation>Rumah tangga sasaran 1.000 HPK</translation>
    </message>
    <message>
        <source>Poor households</source>
        <translation>Rumah tangga miskin</translation>
    </message>
    <message>
        <source>As written in the analysis.</source>
        <translation>Sesuai yang tertulis dalam analisis.</translation>
    </message>
    <message>
        <source>From the counts: %1.</source>
        <translation>Dihitung dari jumlah balita: %1.</translation>
    </message>
    <message>
        <source>Not known: give the counts or the percentage.</source>
        <translation>Tidak diketahui: isi jumlah balita atau persentasenya.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::LocusHistoryModel</name>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prevalensi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::LocusListModel</name>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Diukur</translation>
    </message>
    <message>
        <source>Stunted</source>
        <translation>Stunting</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prevalensi</translation>
    </message>
    <message>
        <source>1,000-HPK households</source>
        <translation>RT sasaran 1.000 HPK</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>Kemiskinan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::LocusListTab</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Naik&amp;kan</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Ubah entri…</translation>
    </message>
    <message>
        <source>The reason and the numbers behind the selected village</source>
        <translation>Alasan dan angka yang mendasari desa yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Remove from list…</source>
        <translation>&amp;Keluarkan dari daftar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>A locus list (CSV, XLSX)…</source>
        <translation>Daftar desa lokus (CSV, XLSX)…</translation>
    </message>
    <message>
        <source>Scorecards of the year (CSV, XLSX)…</source>
        <translation>Scorecard tahun ini (CSV, XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>The list as the attachment to the regent&apos;s decree</source>
        <translation>Daftar sebagai lampiran Keputusan Bupati</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <source>PDF (the decree&apos;s attachment)…</source>
        <translation>PDF (lampiran SK)…</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Buku kerja Excel (XLSX)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Regent&apos;s decree (SK Bupati)</source>
        <translation>Keputusan Bupati (SK Bupati)</translation>
    </message>
    <message>
        <source>Decree and &amp;documents…</source>
        <translation>SK dan &amp;dokumen…</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Nomor %1</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>ditandatangani %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept</source>
        <translation>
            <numerusform>%n dokumen tersimpan</numerusform>
        </translation>
    </message>
    <message>
        <source>No decree recorded for %1 yet; %2.</source>
        <translation>Belum ada SK yang dicatat untuk %1; %2.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Keluarkan dari daftar</translation>
    </message>
    <message>
        <source>Remove %1 from the locus list of %2? The villages below move up one rank.</source>
        <translation>Keluarkan %1 dari daftar desa lokus %2? Desa di bawahnya naik satu peringkat.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Tidak dikeluarkan</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Tidak dipindahkan</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::LocusPage</name>
    <message>
        <source>&lt;b&gt;Locus villages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Desa lokus&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>F4 (folio)</source>
        <translation>F4 (folio)</translation>
    </message>
    <message>
        <source>The paper of the printed list and scorecard summary</source>
        <translation>Kertas untuk daftar dan ringkasan scorecard yang dicetak</translation>
    </message>
    <message>
        <source>List of the year</source>
        <translation>Daftar tahun ini</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Compare years</source>
        <translation>Bandingkan tahun</translation>
    </message>
    <message>
        <source>Village profile</source>
        <translation>Profil desa</translation>
    </message>
    <message>
        <source>No list for %1 yet: build one on the Proposal tab or import it.</source>
        <translation>Belum ada daftar untuk %1: susun di tab Usulan atau impor.</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) in %1 kecamatan</source>
        <translation>
            <numerusform>%n desa di %1 kecamatan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::ProposalModel</name>
    <message>
        <source>no data</source>
        <translation>tidak ada data</translation>
    </message>
    <message>
        <source>added by hand: %1</source>
        <translation>ditambahkan manual: %1</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>dikeluarkan: %1</translation>
    </message>
    <message>
        <source>top %1</source>
        <translation>%1 teratas</translation>
    </message>
    <message>
        <source>The village&apos;s figure and, in brackets, the points it adds to the score (out of 100)</source>
        <translation>Angka desa dan, dalam kurung, poin yang disumbangkannya pada skor (dari 100)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Source of figures</source>
        <translation>Sumber angka</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::ProposalTab</name>
    <message>
        <source>Weights</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>How much each criterion counts; only their proportions matter. Remembered for the next time.</source>
        <translation>Seberapa besar setiap kriteria dihitung; yang penting hanya perbandingannya. Diingat untuk lain kali.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <source>Data of year:</source>
        <translation>Data tahun:</translation>
    </message>
    <message>
        <source>The Aksi 1 analysis normally uses the figures of the year before the list</source>
        <translation>Analisis Aksi 1 biasanya memakai angka tahun sebelum daftar</translation>
    </message>
    <message>
        <source>Take the top:</source>
        <translation>Ambil teratas:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Why this village is added or left out by hand (required)</source>
        <translation>Mengapa desa ini ditambahkan atau dikeluarkan secara manual (wajib)</translation>
    </message>
    <message>
        <source>&amp;Add by hand</source>
        <translation>&amp;Tambah manual</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>Ke&amp;luarkan</translation>
    </message>
    <message>
        <source>&amp;Undo choice</source>
        <translation>&amp;Batalkan pilihan</translation>
    </message>
    <message>
        <source>&amp;Save as the year&apos;s list…</source>
        <translation>&amp;Simpan sebagai daftar tahun ini…</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) ranked with the data of %1</source>
        <translation>
            <numerusform>%n desa diperingkat dengan data tahun %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with a prevalence figure).</source>
        <translation>
            <numerusform>(%n dengan angka prevalensi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list would hold %n village(s): the top %1, %2 added and %3 left out by hand.</source>
        <translation>
            <numerusform>Daftar akan memuat %n desa: %1 teratas, %2 ditambahkan dan %3 dikeluarkan secara manual.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Alasan diperlukan</translation>
    </message>
    <message>
        <source>Write in the Reason field why this village is added or left out by hand.</source>
        <translation>Tulis di kolom Alasan mengapa desa ini ditambahkan atau dikeluarkan secara manual.</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Sudah ada di daftar</translation>
    </message>
    <message>
        <source>This village is already in the top of the ranking.</source>
        <translation>Desa ini sudah berada di peringkat teratas.</translation>
    </message>
    <message>
        <source>Not on the list</source>
        <translation>Tidak ada di daftar</translation>
    </message>
    <message>
        <source>This village is below the top %1: there is nothing to leave out.</source>
        <translation>Desa ini berada di bawah %1 teratas: tidak ada yang perlu dikeluarkan.</translation>
    </message>
    <message>
        <source>List not saved</source>
        <translation>Daftar tidak disimpan</translation>
    </message>
    <message>
        <source>Replace the list</source>
        <translation>Ganti daftar</translation>
    </message>
    <message>
        <source>%1 already has a list of %2 villages. Replace it with the %3 villages of the proposal?</source>
        <translation>%1 sudah memiliki daftar %2 desa. Ganti dengan %3 desa dari usulan?</translation>
    </message>
    <message>
        <source>Locus villages %1: proposal with choices made by hand</source>
        <translation>Desa lokus %1: usulan dengan pilihan manual</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::ScorecardDialog</name>
    <message>
        <source>New scorecard: %1</source>
        <translation>Scorecard baru: %1</translation>
    </message>
    <message>
        <source>Scorecard of %1, %2</source>
        <translation>Scorecard %1, %2</translation>
    </message>
    <message>
        <source>Service package</source>
        <translation>Paket layanan</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>The APBDes allocation &quot;%1&quot; is not an amount in rupiah.</source>
        <translation>Alokasi APBDes &quot;%1&quot; bukan jumlah rupiah.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a whole number.</source>
        <translation>Baris %1: &quot;%2&quot; bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>Coverage: %1. Overall %2.</source>
        <translation>Cakupan: %1. Keseluruhan %2.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::ScorecardIndicatorModel</name>
    <message>
        <source>Service package</source>
        <translation>Paket layanan</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::locus::VillageTab</name>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Desa:</translation>
    </message>
    <message>
        <source>Type part of the name to find a village</source>
        <translation>Ketik sebagian nama untuk mencari desa</translation>
    </message>
    <message>
        <source>Scorecard &amp;summary</source>
        <translation>&amp;Ringkasan scorecard</translation>
    </message>
    <message>
        <source>Every village&apos;s scorecard of the year chosen at the top</source>
        <translation>Scorecard setiap desa untuk tahun yang dipilih di bagian atas</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Save as Excel workbook (XLSX)…</source>
        <translation>Simpan sebagai buku kerja Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Simpan sebagai CSV…</translation>
    </message>
    <message>
        <source>Locus history</source>
        <translation>Riwayat lokus</translation>
    </message>
    <message>
        <source>Human development cadre (KPM)</source>
        <translation>Kader Pembangunan Manusia (KPM)</translation>
    </message>
    <message>
        <source>Edit &amp;KPM…</source>
        <translation>Ubah &amp;KPM…</translation>
    </message>
    <message>
        <source>Convergence scorecard &amp;of:</source>
        <translation>Scorecard konvergensi &amp;tahun:</translation>
    </message>
    <message>
        <source>&amp;New scorecard…</source>
        <translation>Scorecard &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Edit scorecard…</source>
        <translation>&amp;Ubah scorecard…</translation>
    </message>
    <message>
        <source>&amp;Remove scorecard…</source>
        <translation>&amp;Hapus scorecard…</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telepon: %1</translation>
    </message>
    <message>
        <source>KPM since %1</source>
        <translation>KPM sejak %1</translation>
    </message>
    <message>
        <source>No KPM recorded for this village.</source>
        <translation>Belum ada KPM yang dicatat untuk desa ini.</translation>
    </message>
    <message>
        <source>Locus history: never on a locus list</source>
        <translation>Riwayat lokus: belum pernah masuk daftar desa lokus</translation>
    </message>
    <message numerus="yes">
        <source>Locus history: %n year(s) on the list</source>
        <translation>
            <numerusform>Riwayat lokus: %n tahun dalam daftar</numerusform>
        </translation>
    </message>
    <message>
        <source>No scorecard held for this village.</source>
        <translation>Belum ada scorecard untuk desa ini.</translation>
    </message>
    <message>
        <source>Coverage: %1. Overall %2. APBDes for stunting: %3.</source>
        <translation>Cakupan: %1. Keseluruhan %2. APBDes untuk stunting: %3.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Remove the scorecard</source>
        <translation>Hapus scorecard</translation>
    </message>
    <message numerus="yes">
        <source>Remove the scorecard of %1 for %2 with its %n indicator(s)?</source>
        <translation>
            <numerusform>Hapus scorecard %1 tahun %2 beserta %n indikatornya?</numerusform>
        </translation>
    </message>
    <message>
        <source>Scorecard not removed</source>
        <translation>Scorecard tidak dihapus</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements</name>
    <message>
        <source>Show identity</source>
        <translation>Tampilkan identitas</translation>
    </message>
    <message>
        <source>The name, NIK, parents and address of a child are personal data. Your look is recorded in the audit log. Show the identity of %1?</source>
        <translation>Nama, NIK, orang tua dan alamat anak adalah data pribadi. Setiap kali dilihat dicatat di log audit. Tampilkan identitas %1?</translation>
    </message>
    <message>
        <source>This child has no identity stored.</source>
        <translation>Identitas anak ini tidak tersimpan.</translation>
    </message>
    <message>
        <source>Identity of a measured child</source>
        <translation>Identitas anak yang diukur</translation>
    </message>
    <message>
        <source>Name: %1
NIK: %2
Parents: %3
Address: %4</source>
        <translation>Nama: %1
NIK: %2
Orang tua: %3
Alamat: %4</translation>
    </message>
    <message>
        <source>Send to the dashboard</source>
        <translation>Kirim ke dasbor</translation>
    </message>
    <message>
        <source>Write the figures of %1, counted from its children, as the e-PPGBM figures of the prevalence dashboard?</source>
        <translation>Tulis angka %1, yang dihitung dari anak-anaknya, sebagai angka e-PPGBM di dasbor prevalensi?</translation>
    </message>
    <message numerus="yes">
        <source>%n typed e-PPGBM figure(s) of %1 differ from the figures counted from the children of the round. Nothing has been changed yet. Replace the typed figures with the children&apos;s, or cancel to keep them?</source>
        <translation>
            <numerusform>%n angka e-PPGBM %1 yang diketik berbeda dengan angka yang dihitung dari anak pada penimbangan itu. Belum ada yang diubah. Ganti angka yang diketik dengan angka dari anak, atau batalkan untuk mempertahankannya?</numerusform>
        </translation>
    </message>
    <message>
        <source>From the children</source>
        <translation>Dari data anak</translation>
    </message>
    <message>
        <source>Replace typed figures</source>
        <translation>Ganti angka yang diketik</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of %1 are now e-PPGBM figures of the dashboard, each marked as computed from the children.</source>
        <translation>
            <numerusform>%n angka %1 kini menjadi angka e-PPGBM di dasbor, masing-masing ditandai dihitung dari data anak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <source>Include the identities (names, NIK, parents, addresses)? They are personal data: the file will say so and the export is recorded in the audit log. Answer No for initials only.</source>
        <translation>Sertakan identitas (nama, NIK, orang tua, alamat)? Identitas adalah data pribadi: berkas akan menyebutkannya dan ekspor ini dicatat di log audit. Jawab Tidak untuk inisial saja.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Menulis %1</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::AreaTableModel</name>
    <message>
        <source>95 % Wilson interval of the rate.</source>
        <translation>Interval Wilson 95 % dari persentase.</translation>
    </message>
    <message>
        <source>%1 of %2 children have a z-score typed by e-PPGBM.</source>
        <translation>%1 dari %2 anak memiliki z-score yang diisi e-PPGBM.</translation>
    </message>
    <message>
        <source>Of %1 children judged by both, e-PPGBM&apos;s status differs from the WHO judgement for %2.</source>
        <translation>Dari %1 anak yang dinilai keduanya, status menurut e-PPGBM berbeda dengan penilaian WHO pada %2 anak.</translation>
    </message>
    <message>
        <source>%1 missing, %2 implausible (flagged)</source>
        <translation>%1 kosong, %2 tidak wajar (ditandai)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Children with a valid WHO z-score (not missing, not implausible).</source>
        <translation>Anak dengan z-score WHO yang sah (tidak kosong, tidak tidak wajar).</translation>
    </message>
    <message>
        <source>Judged with the WHO standards: %1</source>
        <translation>Dinilai dengan standar WHO: %1</translation>
    </message>
    <message>
        <source>As e-PPGBM&apos;s own z-scores in the file say (not used for the figures).</source>
        <translation>Menurut z-score e-PPGBM sendiri di berkas (tidak dipakai untuk angka).</translation>
    </message>
    <message>
        <source>Children whose e-PPGBM status differs from the WHO judgement.</source>
        <translation>Anak yang statusnya menurut e-PPGBM berbeda dengan penilaian WHO.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Sah</translation>
    </message>
    <message>
        <source>%1 (WHO)</source>
        <translation>%1 (WHO)</translation>
    </message>
    <message>
        <source>% (WHO)</source>
        <translation>% (WHO)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Interval 95 %</translation>
    </message>
    <message>
        <source>e-PPGBM</source>
        <translation>e-PPGBM</translation>
    </message>
    <message>
        <source>% e-PPGBM</source>
        <translation>% e-PPGBM</translation>
    </message>
    <message>
        <source>Differ</source>
        <translation>Berbeda</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::ChildTableModel</name>
    <message>
        <source>Implausible (flagged): not counted.</source>
        <translation>Tidak wajar (ditandai): tidak dihitung.</translation>
    </message>
    <message>
        <source>e-PPGBM&apos;s status differs from the WHO judgement.</source>
        <translation>Status menurut e-PPGBM berbeda dengan penilaian WHO.</translation>
    </message>
    <message>
        <source>%1 (invented)</source>
        <translation>%1 (rekaan)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <translation>P</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (flagged)</source>
        <translation>%1 (ditandai)</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Diukur</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat (kg)</translation>
    </message>
    <message>
        <source>Length/height (cm)</source>
        <translation>Panjang/tinggi (cm)</translation>
    </message>
    <message>
        <source>z (WHO)</source>
        <translation>z (WHO)</translation>
    </message>
    <message>
        <source>z (e-PPGBM)</source>
        <translation>z (e-PPGBM)</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::DataQualityPanel</name>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Grafik:</translation>
    </message>
    <message>
        <source>Implausible z-scores</source>
        <translation>Z-score tidak wajar</translation>
    </message>
    <message>
        <source>Measuring position</source>
        <translation>Posisi ukur salah</translation>
    </message>
    <message>
        <source>Missing heights</source>
        <translation>Tinggi kosong</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Baris dilewati</translation>
    </message>
    <message>
        <source>Heights ending in .0 or .5</source>
        <translation>Tinggi berakhir .0 atau .5</translation>
    </message>
    <message>
        <source>Age distribution of the chosen posyandu</source>
        <translation>Sebaran umur posyandu yang dipilih</translation>
    </message>
    <message>
        <source>A posyandu needs attention when more than 5 % of its rows were skipped, more than 1 % of the z-scores of an indicator are implausible (WHO flags), more than 5 % of its children have no height, more than 40 % of at least 10 heights end in .0 or .5 (about 20 % would without rounding), or more than 10 % of its children were measured standing under 24 months or lying from 24 months. The checks are those of WHO and UNICEF (2019); the 1 % limit is the one surveys are judged by, the other limits are this program&apos;s.</source>
        <translation>Posyandu perlu perhatian bila lebih dari 5 % barisnya dilewati, lebih dari 1 % z-score satu indikator di luar batas wajar WHO, lebih dari 5 % anaknya tanpa tinggi, lebih dari 40 % dari sedikitnya 10 tinggi berakhir .0 atau .5 (tanpa pembulatan kira-kira 20 %), atau lebih dari 10 % anaknya diukur berdiri di bawah 24 bulan atau telentang mulai 24 bulan. Jenis pemeriksaannya dari WHO dan UNICEF (2019); batas 1 % dipakai untuk menilai mutu survei, batas lainnya pilihan program ini.</translation>
    </message>
    <message>
        <source>No round chosen.</source>
        <translation>Belum ada putaran yang dipilih.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 posyandu need attention. District: %4 rows, %5 skipped; %6 of the heights end in .0 or .5.</source>
        <translation>%1: %2 dari %3 posyandu perlu perhatian. Kabupaten: %4 baris, %5 dilewati; %6 tinggi berakhir .0 atau .5.</translation>
    </message>
    <message>
        <source>Age distribution: %1</source>
        <translation>Sebaran umur: %1</translation>
    </message>
    <message>
        <source>Age distribution</source>
        <translation>Sebaran umur</translation>
    </message>
    <message>
        <source>This posyandu</source>
        <translation>Posyandu ini</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Share of the children</source>
        <translation>Bagian dari anak</translation>
    </message>
    <message>
        <source>%1: no posyandu</source>
        <translation>%1: tidak ada posyandu</translation>
    </message>
    <message>
        <source>%1: the %2 highest posyandu</source>
        <translation>%1: %2 posyandu tertinggi</translation>
    </message>
    <message>
        <source>Over the limit (%1)</source>
        <translation>Melewati batas (%1)</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Dalam batas</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::FamiliesDialog</name>
    <message>
        <source>Family data %1</source>
        <translation>Data keluarga %1</translation>
    </message>
    <message>
        <source>The families and the families at risk of stunting of each desa in %1, from the family-planning agency&apos;s family data (BKKBN). Leave a cell empty when the number is not known.</source>
        <translation>Jumlah keluarga dan keluarga berisiko stunting setiap desa pada tahun %1, dari data keluarga BKKBN (Pendataan Keluarga). Biarkan sel kosong bila angkanya belum diketahui.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::FamiliesEditModel</name>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Families at risk</source>
        <translation>Keluarga berisiko</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::FollowUpPanel</name>
    <message>
        <source>Listed: severely stunted (length/height-for-age below −3 SD), severely wasted (weight-for-length/height below −3 SD), and children not heavier than at their last round.</source>
        <translation>Yang didaftar: sangat pendek (PB/U atau TB/U di bawah −3 SD), gizi buruk (BB/PB atau BB/TB di bawah −3 SD), dan anak yang berat badannya tidak naik sejak penimbangan terakhirnya.</translation>
    </message>
    <message>
        <source>Show &amp;identity…</source>
        <translation>Tampilkan &amp;identitas…</translation>
    </message>
    <message>
        <source>Open &amp;audit case…</source>
        <translation>Buka kasus &amp;audit…</translation>
    </message>
    <message>
        <source>Starts a stunting case audit case for this child, with the measurement as its finding.</source>
        <translation>Memulai kasus Audit Kasus Stunting untuk anak ini, dengan hasil pengukurannya sebagai temuan.</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;kspor daftar…</translation>
    </message>
    <message>
        <source>Writes the children listed as XLSX or CSV; identities only when you ask for them.</source>
        <translation>Menulis anak yang didaftar sebagai XLSX atau CSV; identitas hanya bila Anda memintanya.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) of %1 %2 to follow up after the round %3.</source>
        <translation>
            <numerusform>%n anak di %1 %2 perlu ditindaklanjuti setelah penimbangan %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an area to list its children to follow up.</source>
        <translation>Pilih wilayah untuk melihat anak yang perlu ditindaklanjuti.</translation>
    </message>
    <message>
        <source>follow-up-with-identities-%1</source>
        <translation>tindak-lanjut-dengan-identitas-%1</translation>
    </message>
    <message>
        <source>follow-up-%1</source>
        <translation>tindak-lanjut-%1</translation>
    </message>
    <message>
        <source>Open audit case</source>
        <translation>Buka kasus audit</translation>
    </message>
    <message>
        <source>A stunting case audit case for %1 is started with the child&apos;s identity (name, NIK, birth date, parents): personal data, and the look is recorded in the audit log. Go on?</source>
        <translation>Kasus Audit Kasus Stunting untuk %1 dimulai dengan identitas anak (nama, NIK, tanggal lahir, orang tua): data pribadi, dan pembukaannya dicatat di log audit. Lanjutkan?</translation>
    </message>
    <message>
        <source>The case audit has no round for %1 semester %2 yet. Start that round now?</source>
        <translation>Audit kasus belum punya putaran untuk %1 semester %2. Mulai putaran itu sekarang?</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::FollowUpTableModel</name>
    <message>
        <source>%1 (flagged)</source>
        <translation>%1 (ditandai)</translation>
    </message>
    <message>
        <source>Weighed %1 in the round %2.</source>
        <translation>Ditimbang %1 kg pada penimbangan %2.</translation>
    </message>
    <message>
        <source>%1 (invented)</source>
        <translation>%1 (rekaan)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <translation>P</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>JK</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>BB (kg)</translation>
    </message>
    <message>
        <source>The weight of the child&apos;s last earlier round.</source>
        <translation>Berat badan anak pada penimbangan sebelumnya yang terakhir.</translation>
    </message>
    <message>
        <source>Before (kg)</source>
        <translation>BB lalu (kg)</translation>
    </message>
    <message>
        <source>Length/height-for-age, WHO z-score</source>
        <translation>Panjang/tinggi badan menurut umur, skor-z WHO</translation>
    </message>
    <message>
        <source>z length/height</source>
        <translation>z PB/U, TB/U</translation>
    </message>
    <message>
        <source>Weight-for-length/height, WHO z-score</source>
        <translation>Berat badan menurut panjang/tinggi badan, skor-z WHO</translation>
    </message>
    <message>
        <source>z weight/height</source>
        <translation>z BB/PB, BB/TB</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::GrowthChartDialog</name>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Implausible: check the measurement</source>
        <translation>Tidak wajar: periksa pengukuran</translation>
    </message>
    <message>
        <source>No z-score</source>
        <translation>Tanpa z-score</translation>
    </message>
    <message>
        <source>lying</source>
        <translation>berbaring</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>berdiri</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>girl</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>jenis kelamin tidak diketahui</translation>
    </message>
    <message>
        <source>Growth chart: %1, %2</source>
        <translation>Grafik pertumbuhan: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: %n measurement(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, %2: %n pengukuran</numerusform>
        </translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation>, dari %1 sampai %2</translation>
    </message>
    <message>
        <source>demo data: an invented child</source>
        <translation>data demo: anak rekaan</translation>
    </message>
    <message>
        <source>WHO Child Growth Standards 2006, categories of Permenkes No. 2 Tahun 2020. Bands: green between −2 and +2 SD, yellow from 2 to 3 SD, red beyond 3 SD. Point at a measurement for its details.</source>
        <translation>Standar Pertumbuhan Anak WHO 2006, kategori Permenkes No. 2 Tahun 2020. Warna: hijau antara −2 dan +2 SD, kuning antara 2 dan 3 SD, merah di luar 3 SD. Arahkan tetikus ke titik pengukuran untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Height-for-age</source>
        <translation>TB/U</translation>
    </message>
    <message>
        <source>Weight-for-age</source>
        <translation>BB/U</translation>
    </message>
    <message>
        <source>Weight-for-height</source>
        <translation>BB/TB</translation>
    </message>
    <message numerus="yes">
        <source>Under 2 years: weight-for-length (%n point(s))</source>
        <translation>
            <numerusform>Di bawah 2 tahun: BB/PB (%n titik)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From 2 years: weight-for-height (%n point(s))</source>
        <translation>
            <numerusform>Sejak 2 tahun: BB/TB (%n titik)</numerusform>
        </translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat (kg)</translation>
    </message>
    <message>
        <source>Length/height (cm)</source>
        <translation>Panjang/tinggi (cm)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Umur (bulan)</translation>
    </message>
    <message>
        <source>Length/height-for-age (PB/U, TB/U)</source>
        <translation>Panjang/tinggi badan menurut umur (PB/U, TB/U)</translation>
    </message>
    <message>
        <source>Weight-for-age (BB/U)</source>
        <translation>Berat badan menurut umur (BB/U)</translation>
    </message>
    <message>
        <source>Weight-for-length (BB/PB), under 2 years</source>
        <translation>Berat badan menurut panjang badan (BB/PB), di bawah 2 tahun</translation>
    </message>
    <message>
        <source>Length (cm)</source>
        <translation>Panjang badan (cm)</translation>
    </message>
    <message>
        <source>Weight-for-height (BB/TB), from 2 years</source>
        <translation>Berat badan menurut tinggi badan (BB/TB), sejak 2 tahun</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Tinggi badan (cm)</translation>
    </message>
    <message>
        <source>Measurements of this child</source>
        <translation>Pengukuran anak ini</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 cm, %2</source>
        <translation>%1 cm, %2</translation>
    </message>
    <message>
        <source> (counted as %1 cm)</source>
        <translation> (dihitung %1 cm)</translation>
    </message>
    <message>
        <source>%1 at %2 cm</source>
        <translation>%1 pada %2 cm</translation>
    </message>
    <message>
        <source>%1 (round %2)
Age: %3
%4
Z-score: %5
%6</source>
        <translation>%1 (putaran %2)
Umur: %3
%4
Z-score: %5
%6</translation>
    </message>
    <message>
        <source>no measurement on this chart</source>
        <translation>tidak ada pengukuran pada grafik ini</translation>
    </message>
    <message>
        <source>Growth chart</source>
        <translation>Grafik pertumbuhan</translation>
    </message>
    <message>
        <source>This child is no longer in the workspace.</source>
        <translation>Anak ini tidak ada lagi di ruang kerja.</translation>
    </message>
    <message>
        <source>&amp;Growth chart…</source>
        <translation>&amp;Grafik pertumbuhan…</translation>
    </message>
    <message>
        <source>The child&apos;s measurements over the rounds on the WHO growth curves (also by a double-click on a child).</source>
        <translation>Pengukuran anak di setiap putaran pada kurva pertumbuhan WHO (juga dengan klik ganda pada anak).</translation>
    </message>
    <message>
        <source>The e-PPGBM file gives no sex for this child. The WHO curves and z-scores differ for boys and girls, so none are drawn: the points show the measurements only. Correct the sex in e-PPGBM and import the round again.</source>
        <translation>Berkas e-PPGBM tidak menyebut jenis kelamin anak ini. Kurva dan z-score WHO berbeda untuk anak laki-laki dan perempuan, jadi tidak digambar: titik hanya menunjukkan pengukurannya. Perbaiki jenis kelamin di e-PPGBM lalu impor putaran ini lagi.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::ImportWizard</name>
    <message>
        <source>Import an e-PPGBM export</source>
        <translation>Impor ekspor e-PPGBM</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Pilih berkas ekspor</translation>
    </message>
    <message>
        <source>The per-child export of e-PPGBM, as the health office downloads it: XLSX, or CSV saved from Excel. Nothing is written before you have seen what the file holds.</source>
        <translation>Ekspor per anak dari e-PPGBM, sebagaimana diunduh dinas kesehatan: XLSX, atau CSV yang disimpan dari Excel. Tidak ada yang disimpan sebelum Anda melihat isi berkasnya.</translation>
    </message>
    <message>
        <source>The per-child export of e-PPGBM (XLSX, or CSV saved from Excel). Nothing is written before you have seen what the file holds.</source>
        <translation>Ekspor per anak dari e-PPGBM (XLSX, atau CSV yang disimpan dari Excel). Tidak ada yang disimpan sebelum Anda melihat isi berkasnya.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>dari berkas</translation>
    </message>
    <message>
        <source>The weighing round as YYYY-MM, e.g. 2024-08. Leave empty to take it from the file&apos;s extract date or measurement dates.</source>
        <translation>Putaran penimbangan sebagai TTTT-BB, misalnya 2024-08. Kosongkan untuk mengambilnya dari tanggal data atau tanggal pengukuran di berkas.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Putaran:</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Isi berkas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Umur (bulan)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Diukur</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat (kg)</translation>
    </message>
    <message>
        <source>Length/height (cm)</source>
        <translation>Panjang/tinggi (cm)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cara ukur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Judul kolom di berkas</translation>
    </message>
    <message>
        <source>First rows (without names)</source>
        <translation>Baris pertama (tanpa nama)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Columns found</source>
        <translation>Kolom yang ditemukan</translation>
    </message>
    <message>
        <source>Replace the round held (its children are removed first)</source>
        <translation>Ganti putaran yang sudah ada (anak-anaknya dihapus dulu)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Sudah diimpor</translation>
    </message>
    <message>
        <source>Choose an e-PPGBM export</source>
        <translation>Pilih ekspor e-PPGBM</translation>
    </message>
    <message>
        <source>e-PPGBM exports (*.xlsx *.csv *.xls);;All files (*)</source>
        <translation>Ekspor e-PPGBM (*.xlsx *.csv *.xls);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The round must be written YYYY-MM, for example 2024-08.</source>
        <translation>Putaran harus ditulis TTTT-BB, misalnya 2024-08.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Membaca %1</translation>
    </message>
    <message>
        <source>No file read yet.</source>
        <translation>Belum ada berkas yang dibaca.</translation>
    </message>
    <message>
        <source>%1: header on row %2</source>
        <translation>%1: judul kolom di baris %2</translation>
    </message>
    <message>
        <source>, extract date %1</source>
        <translation>, tanggal data %1</translation>
    </message>
    <message>
        <source>Round %1. Rows read: %2; kept: %3; skipped: %4. Puskesmas: %5, posyandu: %6.</source>
        <translation>Putaran %1. Baris dibaca: %2; dipakai: %3; dilewati: %4. Puskesmas: %5, posyandu: %6.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <translation>P</translation>
    </message>
    <message>
        <source>lying</source>
        <translation>terlentang</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>berdiri</translation>
    </message>
    <message>
        <source>Kecamatan &quot;%1&quot;, desa &quot;%2&quot; match no desa of the workspace</source>
        <translation>Kecamatan &quot;%1&quot;, desa &quot;%2&quot; tidak cocok dengan desa mana pun di ruang kerja</translation>
    </message>
    <message>
        <source> (row %1)</source>
        <translation> (baris %1)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been written yet. Import stores the %n child measurement(s) as one round; it can be cancelled until it is done.</source>
        <translation>
            <numerusform>Belum ada yang disimpan. Impor menyimpan %n pengukuran anak sebagai satu putaran; impor dapat dibatalkan sampai selesai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Mengimpor %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Impor dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>The round %1 holds %n child measurement(s) from %2.</source>
        <translation>
            <numerusform>Putaran %1 memuat %n pengukuran anak dari %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file were skipped; they are counted per area.</source>
        <translation>
            <numerusform>%n baris berkas dilewati; baris itu dihitung per wilayah.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose the desa of unknown names…</source>
        <translation>&amp;Pilih desa untuk nama yang tidak dikenal…</translation>
    </message>
    <message>
        <source>Tells which desa of the workspace a kecamatan/desa name of the file means; remembered for the next file.</source>
        <translation>Menentukan desa di ruang kerja yang dimaksud oleh nama kecamatan/desa dalam berkas; diingat untuk berkas berikutnya.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::MeasurementsPage</name>
    <message>
        <source>Child Measurements</source>
        <translation>Pengukuran Balita</translation>
    </message>
    <message>
        <source>&amp;Import e-PPGBM export…</source>
        <translation>&amp;Impor ekspor e-PPGBM…</translation>
    </message>
    <message>
        <source>Reads an e-PPGBM per-child export (XLSX or CSV), shows what it holds, then stores it as a weighing round.</source>
        <translation>Membaca ekspor per anak e-PPGBM (XLSX atau CSV), menampilkan isinya, lalu menyimpannya sebagai satu putaran penimbangan.</translation>
    </message>
    <message>
        <source>No weighing round yet. Import an e-PPGBM per-child export (the file the health office downloads after the weighing months February and August).</source>
        <translation>Belum ada putaran penimbangan. Impor ekspor per anak e-PPGBM (berkas yang diunduh dinas kesehatan setelah bulan penimbangan Februari dan Agustus).</translation>
    </message>
    <message>
        <source>◀ &amp;Up</source>
        <translation>◀ &amp;Naik</translation>
    </message>
    <message>
        <source>Back to the areas one level up.</source>
        <translation>Kembali ke wilayah satu tingkat di atas.</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Per wilayah</translation>
    </message>
    <message>
        <source>By puskesmas</source>
        <translation>Per puskesmas</translation>
    </message>
    <message>
        <source>The status the tables count.</source>
        <translation>Status yang dihitung tabel.</translation>
    </message>
    <message>
        <source>Double-click an area to see the areas inside it.</source>
        <translation>Klik ganda satu wilayah untuk melihat wilayah di dalamnya.</translation>
    </message>
    <message>
        <source>&amp;Open area</source>
        <translation>&amp;Buka wilayah</translation>
    </message>
    <message>
        <source>Figures per area</source>
        <translation>Angka per wilayah</translation>
    </message>
    <message>
        <source>Children are listed by initials. Their names, NIK, parents and addresses are personal data: shown only on request, and every look is logged.</source>
        <translation>Anak ditampilkan dengan inisial. Nama, NIK, orang tua dan alamatnya adalah data pribadi: hanya ditampilkan bila diminta, dan setiap tampilan dicatat.</translation>
    </message>
    <message>
        <source>&amp;Show identity…</source>
        <translation>&amp;Tampilkan identitas…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Ekspor daftar…</translation>
    </message>
    <message>
        <source>Writes the children listed as CSV; identities only when you ask for them.</source>
        <translation>Menulis anak yang ditampilkan ke CSV; identitas hanya bila Anda memintanya.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>No round chosen.</source>
        <translation>Belum ada putaran yang dipilih.</translation>
    </message>
    <message>
        <source>Every puskesmas, %1</source>
        <translation>Semua puskesmas, %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n child(ren), %3 %4</source>
        <translation>
            <numerusform>%1, %2: %n anak, %3 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) measured in %1 %2.</source>
        <translation>
            <numerusform>%n anak diukur di %1 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an area to list its children.</source>
        <translation>Pilih satu wilayah untuk menampilkan anak-anaknya.</translation>
    </message>
    <message>
        <source>Children (%1)</source>
        <translation>Anak (%1)</translation>
    </message>
    <message>
        <source>children-with-identities-%1</source>
        <translation>anak-dengan-identitas-%1</translation>
    </message>
    <message>
        <source>children-%1</source>
        <translation>anak-%1</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>Perlu tindak lanjut</translation>
    </message>
    <message>
        <source>To follow up (%1)</source>
        <translation>Perlu tindak lanjut (%1)</translation>
    </message>
    <message>
        <source>Target data</source>
        <translation>Data sasaran</translation>
    </message>
    <message>
        <source>Send to &amp;dashboard…</source>
        <translation>Kirim ke &amp;dasbor…</translation>
    </message>
    <message>
        <source>Writes the chosen round&apos;s figures, counted from its children, as the e-PPGBM figures of the prevalence dashboard; typed figures that differ are shown first.</source>
        <translation>Menulis angka penimbangan yang dipilih, dihitung dari anak-anaknya, sebagai angka e-PPGBM di dasbor prevalensi; angka ketikan yang berbeda ditampilkan lebih dulu.</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Mutu data</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::QualityTableModel</name>
    <message>
        <source>(no posyandu)</source>
        <translation>(tanpa posyandu)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>≥ 60 mo</source>
        <translation>≥ 60 bln</translation>
    </message>
    <message>
        <source>%1–%2 mo</source>
        <translation>%1–%2 bln</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows skipped.</source>
        <translation>%1 dari %2 baris dilewati.</translation>
    </message>
    <message>
        <source>Implausible z-scores (WHO flags): length/height-for-age %1 of %2, weight-for-length/height %3 of %4, weight-for-age %5 of %6.</source>
        <translation>Z-score di luar batas wajar WHO: TB/U %1 dari %2, BB/TB %3 dari %4, BB/U %5 dari %6.</translation>
    </message>
    <message>
        <source>%1 of %2 children without a height.</source>
        <translation>%1 dari %2 anak tanpa tinggi.</translation>
    </message>
    <message>
        <source>%1 heights end in .0 and %2 in .5, of %3 heights; about 20 % would without rounding.</source>
        <translation>%1 tinggi berakhir .0 dan %2 berakhir .5, dari %3 tinggi; tanpa pembulatan kira-kira 20 %.</translation>
    </message>
    <message>
        <source>%1 of %2 children under 24 months measured standing; %3 of %4 from 24 months measured lying; %5 heights without a position.</source>
        <translation>%1 dari %2 anak di bawah 24 bulan diukur berdiri; %3 dari %4 anak mulai 24 bulan diukur telentang; %5 tinggi tanpa cara ukur.</translation>
    </message>
    <message>
        <source>%1 of %2 children.</source>
        <translation>%1 dari %2 anak.</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Implausible z</source>
        <translation>z tidak wajar</translation>
    </message>
    <message>
        <source>No height</source>
        <translation>Tanpa tinggi</translation>
    </message>
    <message>
        <source>.0 / .5</source>
        <translation>.0 / .5</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Share of the rows of the file that were skipped (dates missing or unreadable, born after the measurement, duplicates).</source>
        <translation>Bagian baris berkas yang dilewati (tanggal kosong atau tidak terbaca, lahir sesudah diukur, baris ganda).</translation>
    </message>
    <message>
        <source>Highest share of implausible z-scores of the three indicators (WHO flags); more than 1 % needs attention.</source>
        <translation>Bagian z-score di luar batas wajar WHO yang tertinggi dari ketiga indikator; lebih dari 1 % perlu perhatian.</translation>
    </message>
    <message>
        <source>Share of the children measured without a height.</source>
        <translation>Bagian anak yang diukur tanpa panjang/tinggi badan.</translation>
    </message>
    <message>
        <source>Share of the heights whose first decimal is 0 or 5: about 20 % when heights are read to the millimetre, more when they are rounded.</source>
        <translation>Bagian tinggi yang angka desimal pertamanya 0 atau 5: kira-kira 20 % bila tinggi dibaca sampai milimeter, lebih bila dibulatkan.</translation>
    </message>
    <message>
        <source>Share of the children measured standing under 24 months or lying from 24 months.</source>
        <translation>Bagian anak yang diukur berdiri di bawah 24 bulan atau telentang mulai 24 bulan.</translation>
    </message>
    <message>
        <source>Share of the children of this age in months.</source>
        <translation>Bagian anak pada kelompok umur ini (bulan).</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::RegionMappingDialog</name>
    <message>
        <source>%1, Kec. %2 (%3)</source>
        <translation>%1, Kec. %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file</source>
        <translation>
            <numerusform>%n baris berkas</numerusform>
        </translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— belum dipilih —</translation>
    </message>
    <message>
        <source>&amp;Remember</source>
        <translation>&amp;Ingat</translation>
    </message>
    <message>
        <source>Choose the desa of at least one name, or cancel.</source>
        <translation>Pilih desa untuk sekurang-kurangnya satu nama, atau batalkan.</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::RoundTableModel</name>
    <message>
        <source>Invented children of the demo district.</source>
        <translation>Anak rekaan dari kabupaten contoh.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (contoh)</translation>
    </message>
    <message>
        <source>The weighing month (bulan penimbangan).</source>
        <translation>Bulan penimbangan.</translation>
    </message>
    <message>
        <source>The date e-PPGBM wrote the export (data tanggal).</source>
        <translation>Tanggal e-PPGBM menulis ekspor (data tanggal).</translation>
    </message>
    <message>
        <source>Rows kept: child measurements that enter the figures.</source>
        <translation>Baris yang dipakai: pengukuran anak yang masuk ke angka.</translation>
    </message>
    <message>
        <source>Rows of the file that did not become a measurement.</source>
        <translation>Baris berkas yang tidak menjadi pengukuran.</translation>
    </message>
    <message>
        <source>Weighing month</source>
        <translation>Bulan penimbangan</translation>
    </message>
    <message>
        <source>Extract date</source>
        <translation>Tanggal data</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::TargetDataPanel</name>
    <message>
        <source>&amp;Type families…</source>
        <translation>&amp;Isi data keluarga…</translation>
    </message>
    <message>
        <source>The families and families at risk of stunting of each desa, from the family-planning agency&apos;s family data.</source>
        <translation>Jumlah keluarga dan keluarga berisiko stunting setiap desa, dari data keluarga BKKBN.</translation>
    </message>
    <message>
        <source>&amp;Import families…</source>
        <translation>I&amp;mpor data keluarga…</translation>
    </message>
    <message>
        <source>A CSV or XLSX table with kode_desa (or kecamatan and desa), keluarga and keluarga berisiko stunting.</source>
        <translation>Tabel CSV atau XLSX dengan kode_desa (atau kecamatan dan desa), keluarga dan keluarga berisiko stunting.</translation>
    </message>
    <message>
        <source>E&amp;xport target data…</source>
        <translation>E&amp;kspor data sasaran…</translation>
    </message>
    <message>
        <source>Writes the table as XLSX or CSV for the ministry&apos;s web monitoring. It holds no personal data.</source>
        <translation>Menulis tabel sebagai XLSX atau CSV untuk aplikasi pemantauan Kemendagri. Tabel ini tidak memuat data pribadi.</translation>
    </message>
    <message>
        <source>Choose a weighing round.</source>
        <translation>Pilih satu penimbangan.</translation>
    </message>
    <message>
        <source>Target data of the round %1. The families and families at risk of stunting are not entered yet: type them or import the family-planning agency&apos;s table.</source>
        <translation>Data sasaran penimbangan %1. Jumlah keluarga dan keluarga berisiko stunting belum diisi: ketik atau impor tabel dari BKKBN.</translation>
    </message>
    <message>
        <source>Target data of the round %1, with the family data of %2.</source>
        <translation>Data sasaran penimbangan %1, dengan data keluarga tahun %2.</translation>
    </message>
    <message>
        <source>Target data of the round %1, with the family data of %2 (none entered for %3 yet).</source>
        <translation>Data sasaran penimbangan %1, dengan data keluarga tahun %2 (data tahun %3 belum diisi).</translation>
    </message>
    <message>
        <source>Family data of %1 per desa</source>
        <translation>Data keluarga %1 per desa</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>Tabel (*.xlsx *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import families</source>
        <translation>Impor data keluarga</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… dan %n lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: correct these rows and import the file again.

%1</source>
        <translation>Tidak ada yang diimpor: perbaiki baris-baris ini lalu impor berkasnya lagi.

%1</translation>
    </message>
    <message numerus="yes">
        <source>The families of %n desa are stored for %1.</source>
        <translation>
            <numerusform>Data keluarga %n desa disimpan untuk tahun %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export target data</source>
        <translation>Ekspor data sasaran</translation>
    </message>
    <message>
        <source>target-data-%1</source>
        <translation>data-sasaran-%1</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::measurements::TargetTableModel</name>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Families at risk of stunting (BKKBN family data)</source>
        <translation>Keluarga berisiko stunting (data keluarga BKKBN)</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Diukur</translation>
    </message>
    <message>
        <source>Length/height-for-age below −3 SD</source>
        <translation>PB/U atau TB/U di bawah −3 SD</translation>
    </message>
    <message>
        <source>Severely stunted</source>
        <translation>Sangat pendek</translation>
    </message>
    <message>
        <source>Length/height-for-age −3 to below −2 SD</source>
        <translation>PB/U atau TB/U −3 sampai di bawah −2 SD</translation>
    </message>
    <message>
        <source>Stunted</source>
        <translation>Pendek</translation>
    </message>
    <message>
        <source>Stunting</source>
        <translation>Stunting</translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::semester::SemesterPage</name>
    <message>
        <source>Saved for %1.</source>
        <translation>Tersimpan untuk %1.</translation>
    </message>
    <message>
        <source>Draft carried over from %1: not saved yet.</source>
        <translation>Draf dibawa dari %1: belum disimpan.</translation>
    </message>
    <message>
        <source>Nothing written yet for %1.</source>
        <translation>Belum ada yang ditulis untuk %1.</translation>
    </message>
    <message>
        <source>Save the semester report</source>
        <translation>Simpan laporan semester</translation>
    </message>
    <message>
        <source>Writing the semester report</source>
        <translation>Menulis laporan semester</translation>
    </message>
    <message>
        <source>Semester report: %1</source>
        <translation>Laporan semester: %1</translation>
    </message>
    <message>
        <source>The report date is not a date: type it as 15/1/2024 or pick it from the calendar.</source>
        <translation>Tanggal laporan bukan tanggal: ketik seperti 15/1/2024 atau pilih dari kalender.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>F4 (folio)</source>
        <translation>F4 (folio)</translation>
    </message>
</context>
<context>
    <name>konvergensi::io::measurements</name>
    <message>
        <source>The file has no desa column: it needs &quot;kode_desa&quot;, or &quot;kecamatan&quot; and &quot;desa&quot; (found: %1).</source>
        <translation>Berkas tidak punya kolom desa: perlu &quot;kode_desa&quot;, atau &quot;kecamatan&quot; dan &quot;desa&quot; (yang ada: %1).</translation>
    </message>
    <message>
        <source>The file has no families column: it needs &quot;keluarga&quot; or &quot;keluarga berisiko stunting&quot; (found: %1).</source>
        <translation>Berkas tidak punya kolom keluarga: perlu &quot;keluarga&quot; atau &quot;keluarga berisiko stunting&quot; (yang ada: %1).</translation>
    </message>
    <message>
        <source>the workspace holds no desa/kelurahan %1</source>
        <translation>tidak ada desa/kelurahan %1 di ruang kerja</translation>
    </message>
    <message>
        <source>no desa/kelurahan &quot;%1&quot; in kecamatan &quot;%2&quot;</source>
        <translation>tidak ada desa/kelurahan &quot;%1&quot; di kecamatan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the desa code is empty</source>
        <translation>kode desa kosong</translation>
    </message>
    <message>
        <source>desa %1 again (first on line %2)</source>
        <translation>desa %1 muncul lagi (pertama di baris %2)</translation>
    </message>
    <message>
        <source>%1 is not a whole number: &quot;%2&quot;</source>
        <translation>%1 bukan bilangan bulat: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 negatif</translation>
    </message>
    <message>
        <source>%1 is implausibly large: %2</source>
        <translation>%1 terlalu besar untuk masuk akal: %2</translation>
    </message>
    <message>
        <source>the number of families</source>
        <translation>jumlah keluarga</translation>
    </message>
    <message>
        <source>the number of families at risk</source>
        <translation>jumlah keluarga berisiko</translation>
    </message>
    <message>
        <source>more families at risk (%1) than families (%2)</source>
        <translation>keluarga berisiko (%1) lebih banyak daripada keluarga (%2)</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Berkas tidak berisi baris data.</translation>
    </message>
</context>
<context>
    <name>konvergensi::usecases::actions</name>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>dilihat</translation>
    </message>
    <message>
        <source>An action needs a key (such as 3).</source>
        <translation>Aksi memerlukan kode (misalnya 3).</translation>
    </message>
    <message>
        <source>An action needs a name.</source>
        <translation>Aksi memerlukan nama.</translation>
    </message>
    <message>
        <source>The due period ends before it starts.</source>
        <translation>Periode tenggat berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>The due period must start in the action&apos;s year and end by the end of the next year.</source>
        <translation>Periode tenggat harus dimulai pada tahun aksi dan berakhir paling lambat akhir tahun berikutnya.</translation>
    </message>
    <message>
        <source>An output needs a name.</source>
        <translation>Keluaran memerlukan nama.</translation>
    </message>
    <message>
        <source>Give the date the output was done.</source>
        <translation>Isi tanggal keluaran selesai.</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Aksi %1</translation>
    </message>
    <message>
        <source>Output “%1” %2</source>
        <translation>Keluaran “%1” %2</translation>
    </message>
    <message>
        <source>Evidence “%1” %2</source>
        <translation>Bukti “%1” %2</translation>
    </message>
    <message>
        <source>Reading the checklist of %1</source>
        <translation>Membaca daftar periksa %1</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>Menyusun tata letak laporan</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Menulis PDF</translation>
    </message>
    <message>
        <source>Writing the workbook</source>
        <translation>Menulis buku kerja</translation>
    </message>
    <message>
        <source>convergence-actions-%1</source>
        <translation>aksi-konvergensi-%1</translation>
    </message>
</context>
<context>
    <name>konvergensi::usecases::measurements</name>
    <message>
        <source>CONFIDENTIAL: this file contains personal data (names, NIK, parents, addresses) of measured children. Keep it safe and do not share it.</source>
        <translation>RAHASIA: berkas ini memuat data pribadi (nama, NIK, orang tua, alamat) anak yang diukur. Simpan dengan aman dan jangan dibagikan.</translation>
    </message>
    <message>
        <source>Birth date empty</source>
        <translation>Tanggal lahir kosong</translation>
    </message>
    <message>
        <source>Birth date not a date</source>
        <translation>Tanggal lahir bukan tanggal</translation>
    </message>
    <message>
        <source>Measurement date empty</source>
        <translation>Tanggal pengukuran kosong</translation>
    </message>
    <message>
        <source>Measurement date not a date</source>
        <translation>Tanggal pengukuran bukan tanggal</translation>
    </message>
    <message>
        <source>Born after the measurement</source>
        <translation>Lahir setelah pengukuran</translation>
    </message>
    <message>
        <source>Same child and date as an earlier row</source>
        <translation>Anak dan tanggal sama dengan baris sebelumnya</translation>
    </message>
    <message>
        <source>Stunted (length/height-for-age below −2 SD)</source>
        <translation>Pendek (panjang/tinggi menurut umur di bawah −2 SD)</translation>
    </message>
    <message>
        <source>Stunted</source>
        <translation>Pendek</translation>
    </message>
    <message>
        <source>Wasted (weight-for-length/height below −2 SD)</source>
        <translation>Gizi kurang (berat menurut panjang/tinggi di bawah −2 SD)</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Gizi kurang</translation>
    </message>
    <message>
        <source>Overweight (weight-for-length/height above +2 SD)</source>
        <translation>Gizi lebih (berat menurut panjang/tinggi di atas +2 SD)</translation>
    </message>
    <message>
        <source>Overweight</source>
        <translation>Gizi lebih</translation>
    </message>
    <message>
        <source>Underweight (weight-for-age below −2 SD)</source>
        <translation>Berat badan kurang (berat menurut umur di bawah −2 SD)</translation>
    </message>
    <message>
        <source>Underweight</source>
        <translation>Berat badan kurang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Tanggal pengukuran</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat (kg)</translation>
    </message>
    <message>
        <source>Length/height (cm)</source>
        <translation>Panjang/tinggi (cm)</translation>
    </message>
    <message>
        <source>Lying or standing</source>
        <translation>Terlentang atau berdiri</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Orang tua</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>e-PPGBM&apos;s z-score height-for-age</source>
        <translation>z-score TB/U menurut e-PPGBM</translation>
    </message>
    <message>
        <source>e-PPGBM&apos;s z-score weight-for-age</source>
        <translation>z-score BB/U menurut e-PPGBM</translation>
    </message>
    <message>
        <source>e-PPGBM&apos;s z-score weight-for-height</source>
        <translation>z-score BB/TB menurut e-PPGBM</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>severely stunted</source>
        <translation>sangat pendek</translation>
    </message>
    <message>
        <source>severely wasted</source>
        <translation>gizi buruk</translation>
    </message>
    <message>
        <source>weight not gained</source>
        <translation>berat badan tidak naik</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>Perlu tindak lanjut</translation>
    </message>
    <message>
        <source>weight not gained (%1 -&gt; %2 kg)</source>
        <translation>berat badan tidak naik (%1 -&gt; %2 kg)</translation>
    </message>
    <message>
        <source>Target data %1</source>
        <translation>Data sasaran %1</translation>
    </message>
    <message>
        <source>Target data per desa, weighing round %1; families: %2</source>
        <translation>Data sasaran per desa, penimbangan %1; data keluarga: %2</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>%1 is not a year of the family data.</source>
        <translation>%1 bukan tahun data keluarga.</translation>
    </message>
    <message>
        <source>The workspace holds no desa/kelurahan %1.</source>
        <translation>Tidak ada desa/kelurahan %1 di ruang kerja.</translation>
    </message>
    <message>
        <source>%1: a count of families cannot be negative.</source>
        <translation>%1: jumlah keluarga tidak boleh negatif.</translation>
    </message>
    <message>
        <source>%1: more families at risk (%2) than families (%3).</source>
        <translation>%1: keluarga berisiko (%2) lebih banyak daripada keluarga (%3).</translation>
    </message>
    <message>
        <source>skipped rows</source>
        <translation>baris dilewati</translation>
    </message>
    <message>
        <source>implausible z-scores</source>
        <translation>z-score tidak wajar</translation>
    </message>
    <message>
        <source>missing heights</source>
        <translation>tinggi kosong</translation>
    </message>
    <message>
        <source>digit preference</source>
        <translation>pembulatan tinggi</translation>
    </message>
    <message>
        <source>measuring position</source>
        <translation>posisi ukur</translation>
    </message>
</context>
<context>
    <name>konvergensi::usecases::regions</name>
    <message>
        <source>Checking %1</source>
        <translation>Memeriksa %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Mengimpor %1</translation>
    </message>
</context>
<context>
    <name>konvergensi::usecases::settings</name>
    <message>
        <source>The district name is required.</source>
        <translation>Nama daerah wajib diisi.</translation>
    </message>
    <message>
        <source>The NIP must have 18 digits.</source>
        <translation>NIP harus terdiri dari 18 angka.</translation>
    </message>
    <message>
        <source>The logo is larger than 1 MB; choose a smaller image.</source>
        <translation>Logo lebih besar dari 1 MB; pilih gambar yang lebih kecil.</translation>
    </message>
</context>
<context>
    <name>konvergensi::usecases::workspace</name>
    <message>
        <source>Import the regions</source>
        <translation>Impor wilayah</translation>
    </message>
    <message>
        <source>The kecamatan and desa/kelurahan of the district, from a CSV file (columns kode, nama, tingkat, jenis or code, name, level, kind).</source>
        <translation>Kecamatan dan desa/kelurahan kabupaten, dari berkas CSV (kolom kode, nama, tingkat, jenis atau code, name, level, kind).</translation>
    </message>
    <message>
        <source>Set the letterhead</source>
        <translation>Atur kop surat</translation>
    </message>
    <message>
        <source>The agency, address, logo and signatory printed on every document.</source>
        <translation>Instansi, alamat, logo, dan penanda tangan yang tercetak pada setiap dokumen.</translation>
    </message>
    <message>
        <source>Add the district agencies (OPD)</source>
        <translation>Tambahkan OPD kabupaten</translation>
    </message>
    <message>
        <source>The OPD that attend meetings and are responsible for follow-ups.</source>
        <translation>OPD yang menghadiri rapat dan bertanggung jawab atas tindak lanjut.</translation>
    </message>
    <message>
        <source>Import prevalence figures</source>
        <translation>Impor angka prevalensi</translation>
    </message>
    <message>
        <source>Stunting figures per desa or kecamatan (SSGI, e-PPGBM) for the dashboard.</source>
        <translation>Angka stunting per desa atau kecamatan (SSGI, e-PPGBM) untuk dasbor.</translation>
    </message>
    <message>
        <source>Record the first TPPS meeting</source>
        <translation>Catat rapat TPPS pertama</translation>
    </message>
    <message>
        <source>Its attendance, decisions and follow-ups.</source>
        <translation>Kehadiran, kesepakatan, dan tindak lanjutnya.</translation>
    </message>
</context>
</TS>
