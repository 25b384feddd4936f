<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>ShelterCheck (MIT licence)</source>
        <translation type="unfinished">ShelterCheck (ໃບອະນຸຍາດ MIT)</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans, Noto Sans Lao, ShelterCheck Sans (SIL OFL 1.1)</source>
        <translation type="unfinished">ຟອນ: Noto Sans, Noto Sans Lao, ShelterCheck Sans (SIL OFL 1.1)</translation>
    </message>
    <message>
        <source>Font: Phetsarath OT (LGPL 2.1)</source>
        <translation type="unfinished">ຟອນ: Phetsarath OT (LGPL 2.1)</translation>
    </message>
    <message>
        <source>Third-party software and its licences</source>
        <translation type="unfinished">ຊອບແວຂອງພາກສ່ວນອື່ນ ແລະ ໃບອະນຸຍາດ</translation>
    </message>
    <message>
        <source>Qt and PySide6 (LGPL 3)</source>
        <translation type="unfinished">Qt ແລະ PySide6 (LGPL 3)</translation>
    </message>
    <message>
        <source>GNU GPL 3 (referred to by the LGPL 3)</source>
        <translation type="unfinished">GNU GPL 3 (ທີ່ LGPL 3 ອ້າງເຖິງ)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ShelterCheck</source>
        <translation type="unfinished">ກ່ຽວກັບ ShelterCheck</translation>
    </message>
    <message>
        <source>A tool for managers of shelters for victims of trafficking to assess their shelter against international standards, find the gaps and plan improvements. It works offline and sends nothing anywhere.</source>
        <translation type="unfinished">ເຄື່ອງມືສຳລັບຜູ້ຈັດການສູນພັກພິງຜູ້ຖືກເຄາະຮ້າຍຈາກການຄ້າມະນຸດ ເພື່ອປະເມີນສູນພັກພິງຕາມມາດຕະຖານສາກົນ, ຊອກຫາຈຸດທີ່ຍັງຂາດ ແລະ ວາງແຜນປັບປຸງ. ມັນເຮັດວຽກໄດ້ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ ແລະ ບໍ່ສົ່ງຂໍ້ມູນໃດໆອອກໄປ.</translation>
    </message>
    <message>
        <source>Bundled licences:</source>
        <translation type="unfinished">ໃບອະນຸຍາດທີ່ມາພ້ອມກັບໂປຣແກຣມ:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ປິດ</translation>
    </message>
    <message>
        <source>The licence file is missing: {path}</source>
        <translation type="unfinished">ບໍ່ພົບໄຟລ໌ໃບອະນຸຍາດ: {path}</translation>
    </message>
</context>
<context>
    <name>Applicability</name>
    <message>
        <source>children</source>
        <translation type="unfinished">ເດັກ</translation>
    </message>
    <message>
        <source>women</source>
        <translation type="unfinished">ແມ່ຍິງ</translation>
    </message>
    <message>
        <source>men</source>
        <translation type="unfinished">ຜູ້ຊາຍ</translation>
    </message>
    <message>
        <source>residential</source>
        <translation type="unfinished">ສູນພັກພິງແບບພັກອາໄສ</translation>
    </message>
    <message>
        <source>transit</source>
        <translation type="unfinished">ສູນພັກພິງຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation type="unfinished">ສູນບໍລິການແບບໄປກັບ</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Demo shelter ready: {name} ({rounds} rounds, {actions} action plan items).</source>
        <translation type="unfinished">ສູນພັກພິງຕົວຢ່າງພ້ອມແລ້ວ: {name} ({rounds} ຮອບການປະເມີນ, {actions} ລາຍການໃນແຜນປະຕິບັດງານ).</translation>
    </message>
    <message>
        <source>unexpected error ({problem}); details are in {log}</source>
        <translation type="unfinished">ເກີດຂໍ້ຜິດພາດທີ່ບໍ່ຄາດຄິດ ({problem}); ລາຍລະອຽດຢູ່ໃນ {log}</translation>
    </message>
    <message>
        <source>{key}: {domains} domains, {indicators} indicators ({core} core); complete: English {en}, Lao {lo}; Lao drafts awaiting review: {drafts}</source>
        <translation type="unfinished">{key}: {domains} ຂົງເຂດ, {indicators} ຕົວຊີ້ວັດ ({core} ມາດຕະຖານຫຼັກ); ຄົບຖ້ວນ: ພາສາອັງກິດ {en}, ພາສາລາວ {lo}; ພາສາລາວທີ່ເປັນຮ່າງ ລໍຖ້າການກວດແກ້: {drafts}</translation>
    </message>
    <message>
        <source>  {code}: {indicators} indicators, {core} core</source>
        <translation type="unfinished">  {code}: {indicators} ຕົວຊີ້ວັດ, {core} ມາດຕະຖານຫຼັກ</translation>
    </message>
    <message>
        <source>{count} language problem(s):</source>
        <translation type="unfinished">ບັນຫາດ້ານພາສາ {count} ຂໍ້:</translation>
    </message>
    <message>
        <source>Wrote {path}: {indicators} indicators on the “indicators” sheet.</source>
        <translation type="unfinished">ຂຽນ {path} ແລ້ວ: {indicators} ຕົວຊີ້ວັດ ຢູ່ໃນແຜ່ນ “indicators”.</translation>
    </message>
    <message>
        <source>Wrote the catalogue {key} ({indicators} indicators) to {path}.</source>
        <translation type="unfinished">ຂຽນມາດຕະຖານ {key} ({indicators} ຕົວຊີ້ວັດ) ໄວ້ທີ່ {path} ແລ້ວ.</translation>
    </message>
    <message>
        <source>The workbook was refused ({count} problem(s)); nothing was written:</source>
        <translation type="unfinished">ໄຟລ໌ Excel ຖືກປະຕິເສດ ({count} ບັນຫາ); ບໍ່ມີຫຍັງຖືກຂຽນ:</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>“{key}” is missing</source>
        <translation type="unfinished">ຂາດ “{key}”</translation>
    </message>
    <message>
        <source>“{key}” is not a known key (a typo?)</source>
        <translation type="unfinished">“{key}” ບໍ່ແມ່ນຊື່ທີ່ຮູ້ຈັກ (ພິມຜິດບໍ?)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished">ຕ້ອງເປັນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>is empty in {language}</source>
        <translation type="unfinished">ຍັງຫວ່າງຢູ່ໃນພາສາ {language}</translation>
    </message>
    <message>
        <source>the {language} text is not in Unicode normal form C</source>
        <translation type="unfinished">ຂໍ້ຄວາມພາສາ {language} ບໍ່ຢູ່ໃນຮູບແບບມາດຕະຖານ Unicode NFC</translation>
    </message>
    <message>
        <source>the {language} text contains zero-width spaces (the app adds them for display)</source>
        <translation type="unfinished">ຂໍ້ຄວາມພາສາ {language} ມີຍະຫວ່າງທີ່ເບິ່ງບໍ່ເຫັນ (ໂປຣແກຣມຈະເພີ່ມເອງເວລາສະແດງ)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished">ຕ້ອງເປັນລາຍການ</translation>
    </message>
    <message>
        <source>must be a mapping of keys to values</source>
        <translation type="unfinished">ຕ້ອງເປັນຊຸດຂອງຊື່ ແລະ ຄ່າ</translation>
    </message>
    <message>
        <source>needs at least one entry</source>
        <translation type="unfinished">ຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງລາຍການ</translation>
    </message>
    <message>
        <source>has {en} English and {lo} Lao entries; they must match one to one</source>
        <translation type="unfinished">ມີ {en} ລາຍການພາສາອັງກິດ ແລະ {lo} ລາຍການພາສາລາວ; ຕ້ອງກົງກັນທີລະລາຍການ</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished">ຕ້ອງເປັນ true ຫຼື false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished">ຕ້ອງເປັນຕົວເລກຖ້ວນ</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}</source>
        <translation type="unfinished">“{value}” ບໍ່ແມ່ນໜຶ່ງໃນ: {allowed}</translation>
    </message>
    <message>
        <source>“{value}” is not a valid code (expected {pattern})</source>
        <translation type="unfinished">“{value}” ບໍ່ແມ່ນລະຫັດທີ່ຖືກຕ້ອງ (ຄວນເປັນ {pattern})</translation>
    </message>
    <message>
        <source>the code {code} does not start with its domain&apos;s code {domain}</source>
        <translation type="unfinished">ລະຫັດ {code} ບໍ່ໄດ້ເລີ່ມຕົ້ນດ້ວຍລະຫັດຂອງຂົງເຂດ {domain}</translation>
    </message>
    <message>
        <source>“{value}” is used twice (also at {other})</source>
        <translation type="unfinished">“{value}” ຖືກໃຊ້ສອງເທື່ອ (ຢູ່ {other} ນຳ)</translation>
    </message>
    <message>
        <source>the instrument “{value}” is not listed in catalogue.yaml</source>
        <translation type="unfinished">ເອກະສານອ້າງອີງ “{value}” ບໍ່ມີຢູ່ໃນ catalogue.yaml</translation>
    </message>
    <message>
        <source>the base must look like “id@version”, not “{value}”</source>
        <translation type="unfinished">ພື້ນຖານຕ້ອງມີຮູບແບບ “id@version”, ບໍ່ແມ່ນ “{value}”</translation>
    </message>
    <message>
        <source>this is not valid YAML: {problem}</source>
        <translation type="unfinished">ນີ້ບໍ່ແມ່ນ YAML ທີ່ຖືກຕ້ອງ: {problem}</translation>
    </message>
    <message>
        <source>no domain files were found in {folder}</source>
        <translation type="unfinished">ບໍ່ພົບໄຟລ໌ຂົງເຂດໃນ {folder}</translation>
    </message>
    <message>
        <source>the catalogue folder or file {path} does not exist</source>
        <translation type="unfinished">ບໍ່ມີໂຟນເດີ ຫຼື ໄຟລ໌ມາດຕະຖານ {path}</translation>
    </message>
    <message>
        <source>The catalogue has {count} problem(s). The first: {first}</source>
        <translation type="unfinished">ມາດຕະຖານມີ {count} ບັນຫາ. ບັນຫາທຳອິດ: {first}</translation>
    </message>
    <message>
        <source>{file}, line {line}, {where}: {problem}</source>
        <translation type="unfinished">{file}, ແຖວ {line}, {where}: {problem}</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, cell {cell}: {problem}</source>
        <translation type="unfinished">ແຜ່ນ “{sheet}”, ຫ້ອງ {cell}: {problem}</translation>
    </message>
    <message>
        <source>{file}, {where}: {problem}</source>
        <translation type="unfinished">{file}, {where}: {problem}</translation>
    </message>
    <message>
        <source>the Lao text has no Lao letters</source>
        <translation type="unfinished">ຂໍ້ຄວາມພາສາລາວບໍ່ມີຕົວອັກສອນລາວ</translation>
    </message>
    <message>
        <source>the Lao text still has English in it: {words}</source>
        <translation type="unfinished">ຂໍ້ຄວາມພາສາລາວຍັງມີພາສາອັງກິດປົນຢູ່: {words}</translation>
    </message>
    <message>
        <source>the Lao text looks pasted from an old non-Unicode Lao font</source>
        <translation type="unfinished">ຂໍ້ຄວາມພາສາລາວເບິ່ງຄືວ່າກັອບປີ້ມາຈາກຟອນລາວເກົ່າທີ່ບໍ່ແມ່ນ Unicode</translation>
    </message>
    <message>
        <source>the segmenter finds a {length}-letter “word” ({word}): garbled text?</source>
        <translation type="unfinished">ເຄື່ອງຕັດຄຳພົບ “ຄຳ” ທີ່ຍາວ {length} ຕົວອັກສອນ ({word}): ຂໍ້ຄວາມອາດຜິດພາດບໍ?</translation>
    </message>
    <message>
        <source>the English says “{english}”, so the Lao should use the glossary term “{lao}”</source>
        <translation type="unfinished">ພາສາອັງກິດໃຊ້ຄຳວ່າ “{english}” ສະນັ້ນ ພາສາລາວຄວນໃຊ້ຄຳສັບໃນປະມວນຄຳສັບ “{lao}”</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation type="unfinished">{where}: {problem}</translation>
    </message>
    <message>
        <source>the workbook has no sheet named “{sheet}”</source>
        <translation type="unfinished">ໄຟລ໌ Excel ບໍ່ມີແຜ່ນຊື່ “{sheet}”</translation>
    </message>
    <message>
        <source>the sheet has no column “{column}” in its first row</source>
        <translation type="unfinished">ແຖວທຳອິດຂອງແຜ່ນບໍ່ມີຖັນ “{column}”</translation>
    </message>
    <message>
        <source>the domain “{value}” is not on the domains sheet</source>
        <translation type="unfinished">ຂົງເຂດ “{value}” ບໍ່ມີຢູ່ໃນແຜ່ນ domains</translation>
    </message>
    <message>
        <source>“{value}” should read “instrument-id: section”</source>
        <translation type="unfinished">“{value}” ຄວນຂຽນເປັນ “instrument-id: section”</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx): {reason}</source>
        <translation type="unfinished">{path} ບໍ່ແມ່ນໄຟລ໌ Excel (.xlsx): {reason}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside ShelterCheck: {problem}

Your answers were saved as you entered them. Details are in the log file:
{log}

If this happens again, please send that file to whoever supports ShelterCheck for you.</source>
        <translation type="unfinished">ມີບາງຢ່າງຜິດພາດພາຍໃນ ShelterCheck: {problem}

ຄຳຕອບຂອງທ່ານຖືກບັນທຶກໄວ້ແລ້ວຕອນທີ່ທ່ານປ້ອນ. ລາຍລະອຽດຢູ່ໃນໄຟລ໌ບັນທຶກເຫດການ:
{log}

ຖ້າເກີດຂຶ້ນອີກ, ກະລຸນາສົ່ງໄຟລ໌ນັ້ນໃຫ້ຜູ້ທີ່ຊ່ວຍເຫຼືອທ່ານກ່ຽວກັບ ShelterCheck.</translation>
    </message>
    <message>
        <source>ShelterCheck</source>
        <translation type="unfinished">ShelterCheck</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished">ບ່ອນເກັບຂໍ້ມູນເຕັມແລ້ວ. ກະລຸນາລຶບບາງຢ່າງອອກແລ້ວລອງໃໝ່; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>ShelterCheck cannot write to {path}. Choose a folder you may write to; nothing was changed.</source>
        <translation type="unfinished">ShelterCheck ບໍ່ສາມາດຂຽນໃສ່ {path} ໄດ້. ກະລຸນາເລືອກໂຟນເດີທີ່ທ່ານມີສິດຂຽນ; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>The database is busy in another copy of ShelterCheck. Close the other copy and try again.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນກຳລັງຖືກໃຊ້ຢູ່ໃນ ShelterCheck ອີກໜ້າຕ່າງໜຶ່ງ. ກະລຸນາປິດອັນນັ້ນແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}</source>
        <translation type="unfinished">ບໍ່ສາມາດເປີດຖານຂໍ້ມູນ {path} ໄດ້: {reason}</translation>
    </message>
    <message>
        <source>The file {path} is not a ShelterCheck database, or it is damaged. Nothing was changed.</source>
        <translation type="unfinished">ໄຟລ໌ {path} ບໍ່ແມ່ນຖານຂໍ້ມູນຂອງ ShelterCheck ຫຼື ເສຍຫາຍ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>The database was written by a newer ShelterCheck (schema {revision}). Install the newer version to open it.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນນີ້ຖືກສ້າງໂດຍ ShelterCheck ລຸ້ນໃໝ່ກວ່າ (ໂຄງສ້າງ {revision}). ກະລຸນາຕິດຕັ້ງລຸ້ນໃໝ່ເພື່ອເປີດມັນ.</translation>
    </message>
    <message>
        <source>ShelterCheck is already open on this computer with the same database. Switch to that window.</source>
        <translation type="unfinished">ShelterCheck ເປີດຢູ່ແລ້ວໃນຄອມພິວເຕີນີ້ດ້ວຍຖານຂໍ້ມູນດຽວກັນ. ກະລຸນາໄປທີ່ໜ້າຕ່າງນັ້ນ.</translation>
    </message>
    <message>
        <source>The database address {url} is not valid: {reason}</source>
        <translation type="unfinished">ທີ່ຢູ່ຖານຂໍ້ມູນ {url} ບໍ່ຖືກຕ້ອງ: {reason}</translation>
    </message>
    <message>
        <source>A database on a server is backed up by its administrator; ShelterCheck backs up database files on this computer.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນທີ່ຢູ່ໃນເຊີບເວີ ແມ່ນຜູ້ດູແລລະບົບເປັນຜູ້ສຳຮອງ; ShelterCheck ສຳຮອງໄດ້ສະເພາະໄຟລ໌ຖານຂໍ້ມູນໃນຄອມພິວເຕີນີ້.</translation>
    </message>
    <message>
        <source>The file {path} is open in another program. Close it there and try again; nothing was written.</source>
        <translation type="unfinished">ໄຟລ໌ {path} ເປີດຢູ່ໃນໂປຣແກຣມອື່ນ. ກະລຸນາປິດມັນແລ້ວລອງໃໝ່; ບໍ່ມີຫຍັງຖືກຂຽນ.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name; nothing was written.</source>
        <translation type="unfinished">{path} ເປັນໂຟນເດີ. ກະລຸນາເລືອກຊື່ໄຟລ໌; ບໍ່ມີຫຍັງຖືກຂຽນ.</translation>
    </message>
    <message>
        <source>The catalogue {key} has changed since assessments used it. Give the changed catalogue a new version number; a version in use cannot change.</source>
        <translation type="unfinished">ມາດຕະຖານ {key} ໄດ້ຖືກປ່ຽນແປງຫຼັງຈາກທີ່ການປະເມີນໄດ້ນຳໃຊ້ແລ້ວ. ກະລຸນາໃຫ້ເລກລຸ້ນໃໝ່ແກ່ມາດຕະຖານທີ່ປ່ຽນແປງ; ລຸ້ນທີ່ກຳລັງໃຊ້ຢູ່ບໍ່ສາມາດປ່ຽນໄດ້.</translation>
    </message>
</context>
<context>
    <name>IndicatorDetail</name>
    <message>
        <source>Core standard</source>
        <translation type="unfinished">ມາດຕະຖານຫຼັກ</translation>
    </message>
    <message>
        <source>its absence puts residents at risk</source>
        <translation type="unfinished">ຖ້າບໍ່ມີ ຜູ້ພັກອາໄສຈະມີຄວາມສ່ຽງ</translation>
    </message>
    <message>
        <source>The Lao text is a draft awaiting review by a native speaker.</source>
        <translation type="unfinished">ຂໍ້ຄວາມພາສາລາວນີ້ເປັນຮ່າງ ທີ່ລໍຖ້າການກວດແກ້ຈາກຜູ້ທີ່ເວົ້າພາສາລາວເປັນພາສາແມ່.</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation type="unfinished">ສິ່ງທີ່ຕ້ອງກວດເບິ່ງ</translation>
    </message>
    <message>
        <source>Examples of evidence</source>
        <translation type="unfinished">ຕົວຢ່າງຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Suggested first actions</source>
        <translation type="unfinished">ການປະຕິບັດທີ່ແນະນຳໃຫ້ເລີ່ມກ່ອນ</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished">ນຳໃຊ້ກັບ</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation type="unfinished">ອີງໃສ່</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShelterCheck — {page}</source>
        <translation type="unfinished">ShelterCheck — {page}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">ໄຟລ໌ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up the database now</source>
        <translation type="unfinished">ສຳຮອງຖານຂໍ້ມູນດຽວນີ້ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">ອອກ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">ເບິ່ງ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation type="unfinished">ໂໝດເຄື່ອງສາຍພາບ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language / ພາສາ</source>
        <translation type="unfinished">ພາສາ / Language (&amp;L)</translation>
    </message>
    <message>
        <source>Switch ລາວ ⇄ English</source>
        <translation type="unfinished">ສະຫຼັບ ລາວ ⇄ English</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished">ເປີດໂຟນເດີບັນທຶກເຫດການ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About ShelterCheck</source>
        <translation type="unfinished">ກ່ຽວກັບ ShelterCheck (&amp;A)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished">ສຳຮອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>A copy of the database was saved as:
{path}</source>
        <translation type="unfinished">ສຳເນົາຂອງຖານຂໍ້ມູນຖືກບັນທຶກເປັນ:
{path}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Shelters</source>
        <translation type="unfinished">ສູນພັກພິງ</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished">ການປະເມີນ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">ຜົນການປະເມີນ</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished">ແຜນປະຕິບັດງານ</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished">ກອງປະຊຸມ</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished">ມາດຕະຖານ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation type="unfinished">Ctrl+{number}</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>Here you will rate your shelter indicator by indicator, over as many sittings as you need. Every answer is saved at once.</source>
        <translation type="unfinished">ຢູ່ໜ້ານີ້ ທ່ານຈະໃຫ້ຄະແນນສູນພັກພິງຂອງທ່ານທີລະຕົວຊີ້ວັດ, ຈັກຄັ້ງກໍໄດ້ຕາມທີ່ຕ້ອງການ. ທຸກຄຳຕອບຈະຖືກບັນທຶກທັນທີ.</translation>
    </message>
    <message>
        <source>Here you will see the overall and domain scores, the core gaps first, and the change since the last round.</source>
        <translation type="unfinished">ຢູ່ໜ້ານີ້ ທ່ານຈະເຫັນຄະແນນລວມ ແລະ ຄະແນນແຕ່ລະຂົງເຂດ, ຈຸດຂາດທີ່ເປັນມາດຕະຖານຫຼັກກ່ອນ, ແລະ ການປ່ຽນແປງນັບແຕ່ຮອບທີ່ຜ່ານມາ.</translation>
    </message>
    <message>
        <source>Here you will turn the gaps into an action plan: who does what, by when, with which support.</source>
        <translation type="unfinished">ຢູ່ໜ້ານີ້ ທ່ານຈະປ່ຽນຈຸດທີ່ຍັງຂາດໃຫ້ເປັນແຜນປະຕິບັດງານ: ໃຜເຮັດຫຍັງ, ພາຍໃນເວລາໃດ, ດ້ວຍການສະໜັບສະໜູນຫຍັງ.</translation>
    </message>
    <message>
        <source>Here a facilitator will import assessments from several shelters and show their common gaps without exposing any one shelter.</source>
        <translation type="unfinished">ຢູ່ໜ້ານີ້ ຜູ້ອຳນວຍຄວາມສະດວກຈະນຳເຂົ້າການປະເມີນຈາກຫຼາຍສູນພັກພິງ ແລະ ສະແດງຈຸດຂາດທີ່ຄ້າຍຄືກັນ ໂດຍບໍ່ເປີດເຜີຍສູນພັກພິງໃດໜຶ່ງ.</translation>
    </message>
    <message>
        <source>Here you will browse and search the standards in Lao and English.</source>
        <translation type="unfinished">ຢູ່ໜ້ານີ້ ທ່ານຈະເບິ່ງ ແລະ ຊອກຫາມາດຕະຖານເປັນພາສາລາວ ແລະ ພາສາອັງກິດ.</translation>
    </message>
    <message>
        <source>This page is not ready yet in this version of ShelterCheck.</source>
        <translation type="unfinished">ໜ້ານີ້ຍັງບໍ່ທັນພ້ອມໃນ ShelterCheck ລຸ້ນນີ້.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language / ພາສາ</source>
        <translation type="unfinished">ພາສາ / Language</translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished">ຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished">ປ່ຽນ…</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation type="unfinished">ໃຊ້ຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished">ໄຟລ໌ບັນທຶກເຫດການ</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">ເປີດໂຟນເດີ</translation>
    </message>
    <message>
        <source>Projector mode: large text and high contrast</source>
        <translation type="unfinished">ໂໝດເຄື່ອງສາຍພາບ: ຕົວໜັງສືໃຫຍ່ ແລະ ສີຕັດກັນຊັດເຈນ</translation>
    </message>
    <message>
        <source>ShelterCheck keeps everything on this computer. Nothing is sent anywhere unless you export a file yourself.</source>
        <translation type="unfinished">ShelterCheck ເກັບຮັກສາທຸກຢ່າງໄວ້ໃນຄອມພິວເຕີນີ້. ບໍ່ມີຫຍັງຖືກສົ່ງອອກໄປ ນອກຈາກທ່ານສົ່ງອອກໄຟລ໌ດ້ວຍຕົນເອງ.</translation>
    </message>
    <message>
        <source>Choose or create a database</source>
        <translation type="unfinished">ເລືອກ ຫຼື ສ້າງຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>ShelterCheck database (*.sqlite3)</source>
        <translation type="unfinished">ຖານຂໍ້ມູນ ShelterCheck (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>ShelterKind</name>
    <message>
        <source>State</source>
        <translation type="unfinished">ລັດ</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">ອົງການບໍ່ຂຶ້ນກັບລັດ</translation>
    </message>
    <message>
        <source>Faith-based</source>
        <translation type="unfinished">ອົງການສາສະໜາ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>ShelterTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">ຊື່</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">ປະເພດ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished">ແຂວງ</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished">ຈຳນວນຮອບ</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation type="unfinished">ການປະເມີນຄັ້ງລ່າສຸດ</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation type="unfinished">ຍັງບໍ່ທັນປະເມີນ</translation>
    </message>
</context>
<context>
    <name>SheltersPage</name>
    <message>
        <source>No shelter yet. Create your shelter&apos;s profile to start, or run “sheltercheck demo” to try ShelterCheck with a demo shelter.</source>
        <translation type="unfinished">ຍັງບໍ່ມີສູນພັກພິງ. ກະລຸນາສ້າງຂໍ້ມູນສູນພັກພິງຂອງທ່ານເພື່ອເລີ່ມຕົ້ນ, ຫຼື ແລ່ນ “sheltercheck demo” ເພື່ອທົດລອງ ShelterCheck ດ້ວຍສູນພັກພິງຕົວຢ່າງ.</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <source>Core standard</source>
        <translation type="unfinished">ມາດຕະຖານຫຼັກ</translation>
    </message>
    <message>
        <source>{title}, version {version}: {count} indicators; Lao drafts awaiting review: {drafts}</source>
        <translation type="unfinished">{title}, ລຸ້ນ {version}: {count} ຕົວຊີ້ວັດ; ພາສາລາວທີ່ເປັນຮ່າງ ລໍຖ້າການກວດແກ້: {drafts}</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation type="unfinished">ພົບ {count}</translation>
    </message>
    <message>
        <source>Show this text in the other language</source>
        <translation type="unfinished">ສະແດງຂໍ້ຄວາມນີ້ເປັນອີກພາສາໜຶ່ງ</translation>
    </message>
    <message>
        <source>Search in Lao or English (Ctrl+F)…</source>
        <translation type="unfinished">ຊອກຫາເປັນພາສາລາວ ຫຼື ພາສາອັງກິດ (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Core standards only</source>
        <translation type="unfinished">ສະເພາະມາດຕະຖານຫຼັກ</translation>
    </message>
</context>
</TS>
