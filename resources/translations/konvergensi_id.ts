<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: konvergensi-cli [--database PATH] COMMAND [OPTIONS]

Works on a Konvergensi workspace without opening a window.

Commands:
  init [--demo]                      Create a new workspace: empty, or with --demo
                                     the demo district (Kabupaten Bengkalis). An
                                     existing file is never overwritten.
  regions import FILE.csv [--dry-run]
                                     Import a region list (columns code, name and
                                     optional level, kind). Every row is checked
                                     first; nothing changes unless all are good.
                                     --dry-run only checks.
  regions list [--format table|csv]  Print every region in code order.

Options:
  -d, --database PATH  The workspace file. Default:
                       %1
  --verbose            Also print the program&apos;s log messages.
  -h, --help           Show this help.
  -V, --version        Show the version.

Exit status: 0 on success, 1 when the command failed, 2 for a wrong command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1. Try konvergensi-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 does not apply to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;. Try konvergensi-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given. Try konvergensi-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;regions import&quot; needs the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;regions&quot; needs a subcommand: import or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;regions %1&quot;: use import or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Try konvergensi-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace %1 does not exist. Create it with: konvergensi-cli --database %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no workspace yet at the default place (%1). Create it with &quot;konvergensi-cli init&quot;, or name one with --database PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo workspace %1 (Kabupaten Bengkalis, %2 villages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the empty workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1: %2 rows are good. Importing would add %3, update %4 and leave %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is too large to import (%1 MB; at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds binary data: this is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 opens a quoted value that is never closed. Check the double quotes on that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields, but the header line has %2. A value that holds the separator (%3) must be put in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields, but the header line has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace is one database file that holds a district&apos;s regions, OPD, meetings, locus villages, actions and figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty workspace (import your district&apos;s regions afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo district: Kabupaten Bengkalis, Riau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bappeda, Dinkes, DPMD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dinas Kesehatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OPD:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kepala Dinas, Sekretaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0812-7654-3210</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionImport</name>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kecamatan %1 belongs to district %2, which is neither in the file nor in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village %1 belongs to kecamatan %2, which is neither in the file nor in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code. Codes look like 14, 14.03, 14.03.01 or 14.03.01.2001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level &quot;%1&quot; is unknown. Use province, district, kecamatan or village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is the code of a %2, but the level column says &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind &quot;%1&quot; is unknown. Use desa or kelurahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is the code of a kelurahan (its last part starts with 1), but the kind column says &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is the code of a desa (its last part starts with 2), but the kind column says &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a village, so its kind must be empty (it says &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 already appears on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the file must name the columns: &quot;code&quot; (or &quot;kode&quot;) and &quot;name&quot; (or &quot;nama&quot;) are required, &quot;level&quot; and &quot;kind&quot; optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;code&quot; (or &quot;kode&quot;) column. The first line must name the columns, for example: code,name,level,kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;name&quot; (or &quot;nama&quot;) column. The first line must name the columns, for example: code,name,level,kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears more than once in the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large for a region list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header line but no regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regions could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The workspace could not be upgraded to version %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is still used elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not carry out the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSetup</name>
    <message>
        <source>The bundled demo data (%1) is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 names an OPD that is not in the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name: a new workspace never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo district can only be added to an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regions were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::Application</name>
    <message>
        <source>Workspace not opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::DirectoryPage</name>
    <message>
        <source>&lt;b&gt;District agencies (OPD)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OPD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;People&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;People in %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the directory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the directory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stunting, wasting and underweight prevalence by kecamatan and desa over time, against the national and district targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPPS meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of TPPS meetings (rakor, rakornis, rembuk stunting, dissemination of the case audit) with attendance, decisions, follow-ups and printed minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locus villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly list of priority (locus) villages, the evidence and decree behind it, and how it changes from year to year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 Convergence Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly checklist of the convergence actions: outputs, evidence, deadlines, progress, and the printed action-progress report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stunting Case Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The twice-yearly stunting case audit rounds: cases, expert review, follow-up and dissemination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Konvergensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open. Use File &gt; New workspace or File &gt; Open workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no district yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District: %1%2   ·   Workspace: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Konvergensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konvergensi %1

The district&apos;s stunting-reduction convergence work in one place: TPPS meetings, locus villages, the 8 convergence actions, prevalence and the stunting case audit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::NewWorkspaceDialog</name>
    <message>
        <source>New workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konvergensi workspace (*.kvg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing workspace is opened with File &gt; Open workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::OpdDialog</name>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name (such as Bappeda or Dinkes) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, +, - and parentheses, with at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit OPD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::OpdTableModel</name>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the OPD this person works in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::PlaceholderPage</name>
    <message>
        <source>This module is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::RegionImportDialog</name>
    <message>
        <source>Import regions from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs the columns &lt;b&gt;code&lt;/b&gt; and &lt;b&gt;name&lt;/b&gt;, and may have &lt;b&gt;level&lt;/b&gt; and &lt;b&gt;kind&lt;/b&gt; (desa/kelurahan), as in the Kemendagri region list. Every row is checked first; nothing is imported unless every row is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems. Nothing was imported; correct the file and choose it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, all good: %1 new, %2 updated, %3 unchanged. Ready to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::RegionTreeModel</name>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District/City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kemendagri code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::RegionsPage</name>
    <message>
        <source>Search by name or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regions yet. Import the district&apos;s region list (CSV) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kecamatan, %2 desa and %3 kelurahan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (Indonesian on an Indonesian system and for the demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District identity and letterhead for printed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kabupaten Bengkalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Bengkalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Badan Perencanaan Pembangunan Daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, town, postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail, website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of signing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bengkalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by (position):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kepala Bappeda Kabupaten Bengkalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by (name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the district&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP must have 18 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is larger than 1 MB; choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo loaded; save the letterhead to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::WorkspaceMenu</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konvergensi workspace (*.kvg *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::gui::WorkspaceSession</name>
    <message>
        <source>The workspace file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::storage</name>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name (such as Bappeda or Dinkes) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, +, - and parentheses, with at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or removed this record after you opened it. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::storage::Database</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Konvergensi workspace (not a SQLite database, or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Konvergensi (database version %1; this program knows up to %2). It has not been changed. Please update Konvergensi to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>konvergensi::storage::DirectoryRepository</name>
    <message>
        <source>An OPD with the short name %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OPD no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has people in the directory. Move or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the OPD this person works in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
