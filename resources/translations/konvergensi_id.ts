<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
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
            <source>the option %1 does not apply to "%2".</source>
            <translation>opsi %1 tidak berlaku untuk "%2".</translation>
        </message>
        <message>
            <source>unexpected argument "%1". Try konvergensi-cli --help.</source>
            <translation>argumen "%1" tidak diharapkan. Coba konvergensi-cli --help.</translation>
        </message>
        <message>
            <source>no command given. Try konvergensi-cli --help.</source>
            <translation>tidak ada perintah. Coba konvergensi-cli --help.</translation>
        </message>
        <message>
            <source>unknown format "%1": use table or csv.</source>
            <translation>format "%1" tidak dikenal: gunakan table atau csv.</translation>
        </message>
        <message>
            <source>unknown command "%1". Try konvergensi-cli --help.</source>
            <translation>perintah "%1" tidak dikenal. Coba konvergensi-cli --help.</translation>
        </message>
        <message>
            <source>the workspace %1 does not exist. Create it with: konvergensi-cli --database %1 init</source>
            <translation>ruang kerja %1 tidak ada. Buat dengan: konvergensi-cli --database %1 init</translation>
        </message>
        <message>
            <source>there is no workspace yet at the default place (%1). Create it with "konvergensi-cli init", or name one with --database PATH.</source>
            <translation>belum ada ruang kerja di tempat bawaan (%1). Buat dengan "konvergensi-cli init", atau sebutkan berkasnya dengan --database PATH.</translation>
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
            <source>
Options:
  -d, --database PATH  The workspace file. Default:
                       %1
  --verbose            Also print the program's log messages.
  -h, --help           Show this help.
  -V, --version        Show the version.

Exit status: 0 on success, 1 when the command failed, 2 for a wrong command line.
</source>
            <translation>
Opsi:
  -d, --database PATH  Berkas ruang kerja. Bawaan:
                       %1
  --verbose            Tampilkan juga pesan log program.
  -h, --help           Tampilkan bantuan ini.
  -V, --version        Tampilkan versi.

Status keluar: 0 bila berhasil, 1 bila perintah gagal, 2 bila baris perintah salah.
</translation>
        </message>
        <message>
            <source>"%1" needs a subcommand: %2.</source>
            <translation>"%1" memerlukan subperintah: %2.</translation>
        </message>
        <message>
            <source>unknown subcommand "%1 %2": use %3.</source>
            <translation>subperintah "%1 %2" tidak dikenal: gunakan %3.</translation>
        </message>
        <message>
            <source>"%1" is incomplete. Usage: %2</source>
            <translation>"%1" belum lengkap. Penggunaan: %2</translation>
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
            <source>the option %1 needs a whole number, not "%2".</source>
            <translation>opsi %1 memerlukan bilangan bulat, bukan "%2".</translation>
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
            <source>The file is saved as UTF-16 ("Unicode text"). Save it as "CSV UTF-8" and try again.</source>
            <translation>Berkas disimpan sebagai UTF-16 ("Unicode text"). Simpan sebagai "CSV UTF-8" lalu coba lagi.</translation>
        </message>
        <message>
            <source>Line %1 holds binary data: this is not a CSV text file.</source>
            <translation>Baris %1 berisi data biner: ini bukan berkas teks CSV.</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8 text. Save the file as "CSV UTF-8" and try again.</source>
            <translation>Baris %1 bukan teks UTF-8 yang sah. Simpan berkas sebagai "CSV UTF-8" lalu coba lagi.</translation>
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
    </context>
    <context>
        <name>NewWorkspaceDialog</name>
        <message>
            <source>New workspace</source>
            <translation>Ruang kerja baru</translation>
        </message>
        <message>
            <source>A workspace is one database file that holds a district's regions, OPD, meetings, locus villages, actions and figures.</source>
            <translation>Ruang kerja adalah satu berkas basis data yang menyimpan wilayah, OPD, rapat, desa lokus, aksi, dan data sebuah kabupaten/kota.</translation>
        </message>
        <message>
            <source>&amp;Empty workspace (import your district's regions afterwards)</source>
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
        <name>PrintPreview</name>
        <message>
            <source>Print preview</source>
            <translation>Pratinjau cetak</translation>
        </message>
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
            <source>"%1" is not a region code. Codes look like 14, 14.03, 14.03.01 or 14.03.01.2001.</source>
            <translation>"%1" bukan kode wilayah. Kode berbentuk 14, 14.03, 14.03.01 atau 14.03.01.2001.</translation>
        </message>
        <message>
            <source>region %1 has no name.</source>
            <translation>wilayah %1 tidak bernama.</translation>
        </message>
        <message>
            <source>the level "%1" is unknown. Use province, district, kecamatan or village.</source>
            <translation>tingkat "%1" tidak dikenal. Gunakan province, district, kecamatan atau village.</translation>
        </message>
        <message>
            <source>code %1 is the code of a %2, but the level column says "%3".</source>
            <translation>kode %1 adalah kode %2, tetapi kolom tingkat berisi "%3".</translation>
        </message>
        <message>
            <source>the kind "%1" is unknown. Use desa or kelurahan.</source>
            <translation>jenis "%1" tidak dikenal. Gunakan desa atau kelurahan.</translation>
        </message>
        <message>
            <source>code %1 is the code of a kelurahan (its last part starts with 1), but the kind column says "%2".</source>
            <translation>kode %1 adalah kode kelurahan (bagian terakhirnya diawali 1), tetapi kolom jenis berisi "%2".</translation>
        </message>
        <message>
            <source>code %1 is the code of a desa (its last part starts with 2), but the kind column says "%2".</source>
            <translation>kode %1 adalah kode desa (bagian terakhirnya diawali 2), tetapi kolom jenis berisi "%2".</translation>
        </message>
        <message>
            <source>%1 is not a village, so its kind must be empty (it says "%2").</source>
            <translation>%1 bukan desa/kelurahan, jadi jenisnya harus kosong (tertulis "%2").</translation>
        </message>
        <message>
            <source>code %1 already appears on line %2.</source>
            <translation>kode %1 sudah ada pada baris %2.</translation>
        </message>
        <message>
            <source>The first line of the file must name the columns: "code" (or "kode") and "name" (or "nama") are required, "level" and "kind" optional.</source>
            <translation>Baris pertama berkas harus berisi nama kolom: "code" (atau "kode") dan "name" (atau "nama") wajib, "level" dan "kind" boleh ada.</translation>
        </message>
        <message>
            <source>The file has no "code" (or "kode") column. The first line must name the columns, for example: code,name,level,kind</source>
            <translation>Berkas tidak memiliki kolom "code" (atau "kode"). Baris pertama harus berisi nama kolom, misalnya: code,name,level,kind</translation>
        </message>
        <message>
            <source>The file has no "name" (or "nama") column. The first line must name the columns, for example: code,name,level,kind</source>
            <translation>Berkas tidak memiliki kolom "name" (atau "nama"). Baris pertama harus berisi nama kolom, misalnya: code,name,level,kind</translation>
        </message>
        <message>
            <source>The column "%1" appears more than once in the first line.</source>
            <translation>Kolom "%1" muncul lebih dari sekali pada baris pertama.</translation>
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
            <source>The regions could not be imported: %1</source>
            <translation>Wilayah tidak dapat diimpor: %1</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>The report could not be drawn on the page.</source>
            <translation>Laporan tidak dapat digambar pada halaman.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Folder %1 tidak ada.</translation>
        </message>
        <message>
            <source>The PDF %1 could not be written. Is the file open in another program?</source>
            <translation>PDF %1 tidak dapat ditulis. Apakah berkas sedang dibuka di program lain?</translation>
        </message>
        <message>
            <source>The file %1 could not be written. Is it open in another program, or is the folder read-only?</source>
            <translation>Berkas %1 tidak dapat ditulis. Apakah berkas sedang dibuka di program lain, atau foldernya hanya-baca?</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>The workspace could not be upgraded to version %1 (%2): %3</source>
            <translation>Ruang kerja tidak dapat ditingkatkan ke versi %1 (%2): %3</translation>
        </message>
        <message>
            <source>The record is still used elsewhere.</source>
            <translation>Data ini masih dipakai di tempat lain.</translation>
        </message>
        <message>
            <source>The database could not carry out the request: %1</source>
            <translation>Basis data tidak dapat menjalankan permintaan: %1</translation>
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
            <source>The workspace %1 cannot be opened: %2</source>
            <translation>Ruang kerja %1 tidak dapat dibuka: %2</translation>
        </message>
        <message>
            <source>%1 is not a Konvergensi workspace (not a SQLite database, or damaged).</source>
            <translation>%1 bukan ruang kerja Konvergensi (bukan basis data SQLite, atau rusak).</translation>
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
            <source>The document could not be written to %1: %2</source>
            <translation>Dokumen tidak dapat ditulis ke %1: %2</translation>
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
    </context>
    <context>
        <name>konvergensi::gui::Application</name>
        <message>
            <source>Workspace not opened</source>
            <translation>Ruang kerja tidak dibuka</translation>
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
            <source>OPD not saved</source>
            <translation>OPD tidak disimpan</translation>
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
            <source>Person not saved</source>
            <translation>Personel tidak disimpan</translation>
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
        <name>konvergensi::gui::MainWindow</name>
        <message>
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <source>Stunting, wasting and underweight prevalence by kecamatan and desa over time, against the national and district targets.</source>
            <translation>Prevalensi stunting, wasting, dan underweight per kecamatan dan desa dari waktu ke waktu, dibandingkan dengan target nasional dan daerah.</translation>
        </message>
        <message>
            <source>TPPS meetings</source>
            <translation>Rapat TPPS</translation>
        </message>
        <message>
            <source>The register of TPPS meetings (rakor, rakornis, rembuk stunting, dissemination of the case audit) with attendance, decisions, follow-ups and printed minutes.</source>
            <translation>Register rapat TPPS (rakor, rakornis, rembuk stunting, diseminasi audit kasus stunting) beserta daftar hadir, kesepakatan, rencana tindak lanjut, dan notulen cetak.</translation>
        </message>
        <message>
            <source>Locus villages</source>
            <translation>Desa Lokus</translation>
        </message>
        <message>
            <source>The yearly list of priority (locus) villages, the evidence and decree behind it, and how it changes from year to year.</source>
            <translation>Daftar tahunan desa prioritas (lokus), bukti dan SK yang mendasarinya, serta perubahannya dari tahun ke tahun.</translation>
        </message>
        <message>
            <source>8 Convergence Actions</source>
            <translation>8 Aksi Konvergensi</translation>
        </message>
        <message>
            <source>The yearly checklist of the convergence actions: outputs, evidence, deadlines, progress, and the printed action-progress report.</source>
            <translation>Daftar periksa tahunan aksi konvergensi: keluaran, bukti, tenggat, kemajuan, dan laporan kemajuan aksi yang dapat dicetak.</translation>
        </message>
        <message>
            <source>Stunting Case Audit</source>
            <translation>Audit Kasus Stunting</translation>
        </message>
        <message>
            <source>The twice-yearly stunting case audit rounds: cases, expert review, follow-up and dissemination.</source>
            <translation>Putaran audit kasus stunting dua kali setahun: kasus, kajian pakar, tindak lanjut, dan diseminasi.</translation>
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
            <source>About Konvergensi</source>
            <translation>Tentang Konvergensi</translation>
        </message>
        <message>
            <source>Konvergensi %1

The district's stunting-reduction convergence work in one place: TPPS meetings, locus villages, the 8 convergence actions, prevalence and the stunting case audit.</source>
            <translation>Konvergensi %1

Kerja konvergensi percepatan penurunan stunting kabupaten/kota dalam satu tempat: rapat TPPS, desa lokus, 8 aksi konvergensi, prevalensi, dan audit kasus stunting.</translation>
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
        <name>konvergensi::gui::PlaceholderPage</name>
        <message>
            <source>This module is not available yet.</source>
            <translation>Modul ini belum tersedia.</translation>
        </message>
    </context>
    <context>
        <name>konvergensi::gui::RegionImportDialog</name>
        <message>
            <source>Import regions from CSV</source>
            <translation>Impor wilayah dari CSV</translation>
        </message>
        <message>
            <source>The file needs the columns &lt;b&gt;code&lt;/b&gt; and &lt;b&gt;name&lt;/b&gt;, and may have &lt;b&gt;level&lt;/b&gt; and &lt;b&gt;kind&lt;/b&gt; (desa/kelurahan), as in the Kemendagri region list. Every row is checked first; nothing is imported unless every row is good.</source>
            <translation>Berkas memerlukan kolom &lt;b&gt;code&lt;/b&gt; (kode) dan &lt;b&gt;name&lt;/b&gt; (nama), dan boleh memuat &lt;b&gt;level&lt;/b&gt; (tingkat) dan &lt;b&gt;kind&lt;/b&gt; (jenis: desa/kelurahan), seperti daftar kode wilayah Kemendagri. Setiap baris diperiksa lebih dulu; tidak ada yang diimpor kecuali semua baris baik.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Belum ada berkas dipilih</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
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
            <source>No regions yet. Import the district's region list (CSV) to start.</source>
            <translation>Belum ada wilayah. Impor daftar wilayah kabupaten/kota (CSV) untuk memulai.</translation>
        </message>
        <message>
            <source>%1 kecamatan, %2 desa and %3 kelurahan.</source>
            <translation>%1 kecamatan, %2 desa dan %3 kelurahan.</translation>
        </message>
    </context>
    <context>
        <name>konvergensi::gui::SettingsPage</name>
        <message>
            <source>Interface language</source>
            <translation>Bahasa antarmuka</translation>
        </message>
        <message>
            <source>Automatic (Indonesian on an Indonesian system and for the demo)</source>
            <translation>Otomatis (Bahasa Indonesia pada sistem berbahasa Indonesia dan untuk contoh)</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Bahasa:</translation>
        </message>
        <message>
            <source>District identity and letterhead for printed reports</source>
            <translation>Identitas daerah dan kop surat untuk laporan cetak</translation>
        </message>
        <message>
            <source>District name:</source>
            <translation>Nama daerah:</translation>
        </message>
        <message>
            <source>e.g. Kabupaten Bengkalis</source>
            <translation>mis. Kabupaten Bengkalis</translation>
        </message>
        <message>
            <source>Government:</source>
            <translation>Pemerintah:</translation>
        </message>
        <message>
            <source>e.g. Pemerintah Kabupaten Bengkalis</source>
            <translation>mis. Pemerintah Kabupaten Bengkalis</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>Instansi:</translation>
        </message>
        <message>
            <source>e.g. Badan Perencanaan Pembangunan Daerah</source>
            <translation>mis. Badan Perencanaan Pembangunan Daerah</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Alamat:</translation>
        </message>
        <message>
            <source>Street, town, postal code</source>
            <translation>Jalan, kota, kode pos</translation>
        </message>
        <message>
            <source>Phone, e-mail, website:</source>
            <translation>Telepon, surel, situs web:</translation>
        </message>
        <message>
            <source>Place of signing:</source>
            <translation>Tempat penandatanganan:</translation>
        </message>
        <message>
            <source>e.g. Bengkalis</source>
            <translation>mis. Bengkalis</translation>
        </message>
        <message>
            <source>Signed by (position):</source>
            <translation>Penanda tangan (jabatan):</translation>
        </message>
        <message>
            <source>e.g. Kepala Bappeda Kabupaten Bengkalis</source>
            <translation>mis. Kepala Bappeda Kabupaten Bengkalis</translation>
        </message>
        <message>
            <source>Signed by (name):</source>
            <translation>Penanda tangan (nama):</translation>
        </message>
        <message>
            <source>NIP:</source>
            <translation>NIP:</translation>
        </message>
        <message>
            <source>18 digits</source>
            <translation>18 angka</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>Pilih logo…</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>Hapus logo</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>Save letterhead</source>
            <translation>Simpan kop surat</translation>
        </message>
        <message>
            <source>Choose the district's logo</source>
            <translation>Pilih logo daerah</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
            <translation>Gambar (*.png *.jpg *.jpeg *.bmp *.svg)</translation>
        </message>
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
    </context>
    <context>
        <name>konvergensi::gui::WorkspaceMenu</name>
        <message>
            <source>&amp;New workspace…</source>
            <translation>Ruang kerja &amp;baru…</translation>
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
    </context>
    <context>
        <name>konvergensi::gui::WorkspaceSession</name>
        <message>
            <source>The workspace file %1 does not exist.</source>
            <translation>Berkas ruang kerja %1 tidak ada.</translation>
        </message>
    </context>
</TS>
