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
    <name>ActionPlanPage</name>
    <message>
        <source>Draft from gaps</source>
        <translation type="unfinished">ຮ່າງຈາກຈຸດທີ່ຍັງຂາດ</translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished">ການປະຕິບັດໃໝ່</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished">ເພີ່ມການປະຕິບັດ</translation>
    </message>
    <message>
        <source>Nothing to carry over: the previous round&apos;s plan has no unfinished item left.</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງຕ້ອງນຳມາຕໍ່: ແຜນຂອງຮອບກ່ອນບໍ່ມີລາຍການທີ່ຍັງບໍ່ສຳເລັດ.</translation>
    </message>
    <message>
        <source>Carry these {count} unfinished items of the previous round into this plan?

{items}</source>
        <translation type="unfinished">ນຳ {count} ລາຍການທີ່ຍັງບໍ່ສຳເລັດຂອງຮອບກ່ອນ ມາໃສ່ແຜນນີ້ບໍ?

{items}</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation type="unfinished">ນຳມາຕໍ່</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished">ແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">ລຶບ</translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished">ຍ້າຍ</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished">ເພີ່ມບັນທຶກ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished">ສົ່ງອອກ…</translation>
    </message>
    <message>
        <source>Choose a shelter with an assessment round to see its action plan.</source>
        <translation type="unfinished">ກະລຸນາເລືອກສູນພັກພິງທີ່ມີຮອບການປະເມີນ ເພື່ອເບິ່ງແຜນປະຕິບັດງານ.</translation>
    </message>
    <message>
        <source>{count} actions, {overdue} overdue</source>
        <translation type="unfinished">{count} ການປະຕິບັດ, ເກີນກຳນົດ {overdue}</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished">ເພີ່ມການປະຕິບັດ</translation>
    </message>
    <message>
        <source>Carry over…</source>
        <translation type="unfinished">ນຳມາຕໍ່…</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation type="unfinished">▲ ຂຶ້ນ</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation type="unfinished">▼ ລົງ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">ຍົກເລີກການແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">ເຮັດຄືນ</translation>
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
    <name>AssessmentPage</name>
    <message>
        <source>complete</source>
        <translation type="unfinished">ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished">ກຳລັງດຳເນີນ</translation>
    </message>
    <message>
        <source>{count} indicators are not answered yet. Mark the round complete anyway?</source>
        <translation type="unfinished">ຍັງມີ {count} ຕົວຊີ້ວັດທີ່ບໍ່ທັນໄດ້ຕອບ. ຈະໝາຍວ່າຮອບນີ້ສຳເລັດແລ້ວບໍ?</translation>
    </message>
    <message>
        <source>{answered} of {total} answered</source>
        <translation type="unfinished">ຕອບແລ້ວ {answered} ໃນ {total}</translation>
    </message>
    <message>
        <source>This round is complete and locked. Reopen it to change its answers.</source>
        <translation type="unfinished">ຮອບນີ້ສຳເລັດ ແລະ ຖືກລັອກແລ້ວ. ເປີດຄືນໃໝ່ເພື່ອປ່ຽນຄຳຕອບ.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished">ເປີດຄືນໃໝ່</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation type="unfinished">ໝາຍວ່າສຳເລັດ</translation>
    </message>
    <message>
        <source>Choose a shelter on the Shelters page first.</source>
        <translation type="unfinished">ກະລຸນາເລືອກສູນພັກພິງຢູ່ໜ້າສູນພັກພິງກ່ອນ.</translation>
    </message>
    <message>
        <source>This shelter has no assessment round yet. Start one with “New round…”.</source>
        <translation type="unfinished">ສູນພັກພິງນີ້ຍັງບໍ່ມີຮອບການປະເມີນ. ເລີ່ມດ້ວຍ “ຮອບໃໝ່…”.</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation type="unfinished">ຮອບໃໝ່…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Demo shelter ready: {name} ({rounds} rounds, {actions} action plan items).</source>
        <translation type="unfinished">ສູນພັກພິງຕົວຢ່າງພ້ອມແລ້ວ: {name} ({rounds} ຮອບການປະເມີນ, {actions} ລາຍການໃນແຜນປະຕິບັດງານ).</translation>
    </message>
    <message>
        <source>{count} more demo shelters for a workshop are ready (see the Workshop page).</source>
        <translation type="unfinished">ສູນພັກພິງຕົວຢ່າງອີກ {count} ແຫ່ງ ສຳລັບກອງປະຊຸມ ພ້ອມແລ້ວ (ເບິ່ງໜ້າກອງປະຊຸມ).</translation>
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
    <message>
        <source>Wrote {path}: the action plan of {shelter}, assessment of {date}, {items} item(s).</source>
        <translation type="unfinished">ຂຽນ {path} ແລ້ວ: ແຜນປະຕິບັດງານຂອງ {shelter}, ການປະເມີນວັນທີ {date}, {items} ລາຍການ.</translation>
    </message>
    <message>
        <source>Wrote {path}: {pages} page(s), {shelter}, assessment of {date}.</source>
        <translation type="unfinished">ບັນທຶກ {path} ແລ້ວ: {pages} ໜ້າ, {shelter}, ການປະເມີນວັນທີ {date}.</translation>
    </message>
    <message>
        <source>Wrote {path}: the workshop summary of {shelters} shelter(s), {pages} page(s).</source>
        <translation type="unfinished">ບັນທຶກ {path} ແລ້ວ: ບົດສະຫຼຸບກອງປະຊຸມຂອງ {shelters} ສູນພັກພິງ, {pages} ໜ້າ.</translation>
    </message>
    <message>
        <source>Wrote {path}: the workshop workbook of {shelters} shelter(s).</source>
        <translation type="unfinished">ບັນທຶກ {path} ແລ້ວ: ໄຟລ໌ Excel ຂອງກອງປະຊຸມ {shelters} ສູນພັກພິງ.</translation>
    </message>
    <message>
        <source>Wrote {path}: {shelters} shelter(s) with {rounds} assessment round(s).</source>
        <translation type="unfinished">ຂຽນ {path} ແລ້ວ: {shelters} ສູນພັກພິງ ພ້ອມ {rounds} ຮອບການປະເມີນ.</translation>
    </message>
    <message>
        <source>The file is protected by the password; send the password separately.</source>
        <translation type="unfinished">ໄຟລ໌ນີ້ຖືກປ້ອງກັນດ້ວຍລະຫັດຜ່ານ; ກະລຸນາສົ່ງລະຫັດຜ່ານແຍກຕ່າງຫາກ.</translation>
    </message>
    <message>
        <source>Notes and names of people were left out of the file.</source>
        <translation type="unfinished">ບັນທຶກ ແລະ ຊື່ຂອງບຸກຄົນ ບໍ່ໄດ້ໃສ່ໄວ້ໃນໄຟລ໌.</translation>
    </message>
    <message>
        <source>The shelters&apos; names were replaced by neutral labels.</source>
        <translation type="unfinished">ຊື່ຂອງສູນພັກພິງຖືກປ່ຽນເປັນປ້າຍຊື່ທີ່ບໍ່ລະບຸຕົວຕົນ.</translation>
    </message>
    <message>
        <source>{name}: written on {date} by ShelterCheck {version}; {shelters} shelter(s), {rounds} round(s).</source>
        <translation type="unfinished">{name}: ຂຽນເມື່ອ {date} ໂດຍ ShelterCheck {version}; {shelters} ສູນພັກພິງ, {rounds} ຮອບ.</translation>
    </message>
    <message>
        <source>Notes and names of people were removed before the file was sent.</source>
        <translation type="unfinished">ບັນທຶກ ແລະ ຊື່ຂອງບຸກຄົນ ຖືກເອົາອອກກ່ອນສົ່ງໄຟລ໌.</translation>
    </message>
    <message>
        <source>The shelters&apos; names were replaced by neutral labels before sending.</source>
        <translation type="unfinished">ຊື່ຂອງສູນພັກພິງຖືກປ່ຽນເປັນປ້າຍຊື່ທີ່ບໍ່ລະບຸຕົວຕົນກ່ອນສົ່ງ.</translation>
    </message>
    <message>
        <source>New shelter {shelter}: it will be added.</source>
        <translation type="unfinished">ສູນພັກພິງໃໝ່ {shelter}: ຈະຖືກເພີ່ມເຂົ້າ.</translation>
    </message>
    <message>
        <source>Shelter {shelter}: already here, the same.</source>
        <translation type="unfinished">ສູນພັກພິງ {shelter}: ມີຢູ່ນີ້ແລ້ວ, ຄືກັນ.</translation>
    </message>
    <message>
        <source>Shelter {shelter}: already here with a different {differences}. Choice: {choice}.</source>
        <translation type="unfinished">ສູນພັກພິງ {shelter}: ມີຢູ່ນີ້ແລ້ວ ແຕ່ {differences} ຕ່າງກັນ. ທາງເລືອກ: {choice}.</translation>
    </message>
    <message>
        <source>  Assessment of {date}: new, it will be added.</source>
        <translation type="unfinished">  ການປະເມີນວັນທີ {date}: ໃໝ່, ຈະຖືກເພີ່ມເຂົ້າ.</translation>
    </message>
    <message>
        <source>  Assessment of {date}: already here, the same; skipped.</source>
        <translation type="unfinished">  ການປະເມີນວັນທີ {date}: ມີຢູ່ນີ້ແລ້ວ, ຄືກັນ; ຂ້າມໄປ.</translation>
    </message>
    <message>
        <source>  Assessment of {date}: already here with different {differences}. Choice: {choice}.</source>
        <translation type="unfinished">  ການປະເມີນວັນທີ {date}: ມີຢູ່ນີ້ແລ້ວ ແຕ່ {differences} ຕ່າງກັນ. ທາງເລືອກ: {choice}.</translation>
    </message>
    <message>
        <source>  Assessment of {date}: goes with the copy of the shelter.</source>
        <translation type="unfinished">  ການປະເມີນວັນທີ {date}: ໄປພ້ອມກັບສຳເນົາຂອງສູນພັກພິງ.</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation type="unfinished">{label} ({count})</translation>
    </message>
    <message>
        <source>The catalogue {key} comes with the file and will be added.</source>
        <translation type="unfinished">ມາດຕະຖານ {key} ມາພ້ອມກັບໄຟລ໌ ແລະ ຈະຖືກເພີ່ມເຂົ້າ.</translation>
    </message>
    <message>
        <source>keep both (the file&apos;s as a copy)</source>
        <translation type="unfinished">ເກັບໄວ້ທັງສອງ (ຂອງໄຟລ໌ເປັນສຳເນົາ)</translation>
    </message>
    <message>
        <source>replace with the file&apos;s</source>
        <translation type="unfinished">ແທນທີ່ດ້ວຍຂອງໄຟລ໌</translation>
    </message>
    <message>
        <source>keep this computer&apos;s</source>
        <translation type="unfinished">ເກັບຂອງຄອມພິວເຕີນີ້ໄວ້</translation>
    </message>
    <message>
        <source>{record}: 1 = keep both (the default), 2 = replace with the file&apos;s, 3 = keep this computer&apos;s. Your choice: </source>
        <translation type="unfinished">{record}: 1 = ເກັບໄວ້ທັງສອງ (ຄ່າເລີ່ມຕົ້ນ), 2 = ແທນທີ່ດ້ວຍຂອງໄຟລ໌, 3 = ເກັບຂອງຄອມພິວເຕີນີ້ໄວ້. ທາງເລືອກຂອງທ່ານ: </translation>
    </message>
    <message>
        <source>Import now? Type y for yes: </source>
        <translation type="unfinished">ນຳເຂົ້າດຽວນີ້ບໍ? ພິມ y ເພື່ອຕົກລົງ: </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Nothing was imported: check the preview above, then run the command again with --yes to import with these choices (they never replace data here).</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ: ກະລຸນາກວດເບິ່ງລາຍລະອຽດຂ້າງເທິງ, ແລ້ວແລ່ນຄຳສັ່ງອີກຄັ້ງພ້ອມ --yes ເພື່ອນຳເຂົ້າຕາມທາງເລືອກເຫຼົ່ານີ້ (ມັນຈະບໍ່ແທນທີ່ຂໍ້ມູນຢູ່ນີ້ເລີຍ).</translation>
    </message>
    <message>
        <source>Nothing to import: everything in {name} is already here.</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງຕ້ອງນຳເຂົ້າ: ທຸກຢ່າງໃນ {name} ມີຢູ່ນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>Imported {name}: {shelters} new shelter(s), {profiles} profile(s) replaced; {added} round(s) added, {copied} added as copies, {replaced} replaced, {kept} left as they were.</source>
        <translation type="unfinished">ນຳເຂົ້າ {name} ແລ້ວ: {shelters} ສູນພັກພິງໃໝ່, ແທນທີ່ຂໍ້ມູນສູນພັກພິງ {profiles}; ເພີ່ມ {added} ຮອບ, ເພີ່ມເປັນສຳເນົາ {copied}, ແທນທີ່ {replaced}, ປະໄວ້ຄືເກົ່າ {kept}.</translation>
    </message>
    <message>
        <source>The database was backed up first, to {path}</source>
        <translation type="unfinished">ຖານຂໍ້ມູນຖືກສຳຮອງກ່ອນ, ໄວ້ທີ່ {path}</translation>
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
    <message>
        <source>The shelter needs a name.</source>
        <translation type="unfinished">ສູນພັກພິງຕ້ອງມີຊື່.</translation>
    </message>
    <message>
        <source>The shelter&apos;s name is too long (at most {limit} characters).</source>
        <translation type="unfinished">ຊື່ຂອງສູນພັກພິງຍາວເກີນໄປ (ບໍ່ເກີນ {limit} ຕົວອັກສອນ).</translation>
    </message>
    <message>
        <source>Tick at least one group the shelter serves: children, women or men.</source>
        <translation type="unfinished">ກະລຸນາໝາຍຢ່າງໜ້ອຍໜຶ່ງກຸ່ມທີ່ສູນພັກພິງໃຫ້ບໍລິການ: ເດັກ, ແມ່ຍິງ ຫຼື ຜູ້ຊາຍ.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number from 0 to 10,000.</source>
        <translation type="unfinished">ຈຳນວນບ່ອນພັກຕ້ອງເປັນຕົວເລກຖ້ວນ ແຕ່ 0 ຫາ 10.000.</translation>
    </message>
    <message>
        <source>This shelter no longer exists on this computer.</source>
        <translation type="unfinished">ສູນພັກພິງນີ້ບໍ່ມີຢູ່ໃນຄອມພິວເຕີນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>This round is complete and locked. Reopen it to change its answers.</source>
        <translation type="unfinished">ຮອບນີ້ສຳເລັດ ແລະ ຖືກລັອກແລ້ວ. ເປີດຄືນໃໝ່ເພື່ອປ່ຽນຄຳຕອບ.</translation>
    </message>
    <message>
        <source>This assessment round no longer exists on this computer.</source>
        <translation type="unfinished">ຮອບການປະເມີນນີ້ບໍ່ມີຢູ່ໃນຄອມພິວເຕີນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>The indicator {code} does not apply to this round.</source>
        <translation type="unfinished">ຕົວຊີ້ວັດ {code} ບໍ່ກ່ຽວຂ້ອງກັບຮອບນີ້.</translation>
    </message>
    <message>
        <source>Say why the indicator does not apply: the reason is required.</source>
        <translation type="unfinished">ກະລຸນາບອກວ່າເປັນຫຍັງຕົວຊີ້ວັດນີ້ຈຶ່ງບໍ່ກ່ຽວຂ້ອງ: ຕ້ອງມີເຫດຜົນ.</translation>
    </message>
    <message>
        <source>A rating is a whole number from 0 to 3.</source>
        <translation type="unfinished">ຄະແນນຕ້ອງເປັນຕົວເລກຖ້ວນ ແຕ່ 0 ຫາ 3.</translation>
    </message>
    <message>
        <source>The assessment date cannot be in the future.</source>
        <translation type="unfinished">ວັນທີປະເມີນບໍ່ສາມາດເປັນວັນໃນອະນາຄົດ.</translation>
    </message>
    <message>
        <source>ShelterCheck cannot write “{suffix}” files; give the report file the extension {allowed}.</source>
        <translation type="unfinished">ShelterCheck ບໍ່ສາມາດຂຽນໄຟລ໌ “{suffix}” ໄດ້; ກະລຸນາໃຫ້ໄຟລ໌ລາຍງານມີນາມສະກຸນ {allowed}.</translation>
    </message>
    <message>
        <source>An Excel workbook is in one language: use --lang lo or --lang en, or write a .pdf.</source>
        <translation type="unfinished">ໄຟລ໌ Excel ມີໄດ້ພຽງພາສາດຽວ: ໃຊ້ --lang lo ຫຼື --lang en, ຫຼື ຂຽນເປັນ .pdf.</translation>
    </message>
    <message>
        <source>“{value}” is not an ID: an ID looks like 0f8c5c2e-3b1a-4c5d-9e7f-1a2b3c4d5e6f.</source>
        <translation type="unfinished">“{value}” ບໍ່ແມ່ນລະຫັດ (ID): ລະຫັດມີລັກສະນະແບບນີ້ 0f8c5c2e-3b1a-4c5d-9e7f-1a2b3c4d5e6f.</translation>
    </message>
    <message>
        <source>There is no assessment {id} in this database.</source>
        <translation type="unfinished">ບໍ່ມີການປະເມີນ {id} ໃນຖານຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <source>There is no shelter {id} in this database.</source>
        <translation type="unfinished">ບໍ່ມີສູນພັກພິງ {id} ໃນຖານຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <source>There is no assessment in this database yet.</source>
        <translation type="unfinished">ຍັງບໍ່ມີການປະເມີນໃດໆ ໃນຖານຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <source>The shelter {name} has no assessment yet.</source>
        <translation type="unfinished">ສູນພັກພິງ {name} ຍັງບໍ່ມີການປະເມີນ.</translation>
    </message>
    <message>
        <source>{count} shelters have assessments; choose one with --shelter ID: {choices}</source>
        <translation type="unfinished">ມີ {count} ສູນພັກພິງທີ່ມີການປະເມີນ; ກະລຸນາເລືອກແຫ່ງໜຶ່ງດ້ວຍ --shelter ID: {choices}</translation>
    </message>
    <message>
        <source>--shelter goes with --latest; --assessment already names the assessment.</source>
        <translation type="unfinished">--shelter ໃຊ້ຮ່ວມກັບ --latest ເທົ່ານັ້ນ; --assessment ໄດ້ລະບຸການປະເມີນໄວ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>This action plan item no longer exists on this computer.</source>
        <translation type="unfinished">ລາຍການນີ້ຂອງແຜນປະຕິບັດງານບໍ່ມີຢູ່ໃນຄອມພິວເຕີນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>This progress note no longer exists on this computer.</source>
        <translation type="unfinished">ບັນທຶກຄວາມຄືບໜ້ານີ້ບໍ່ມີຢູ່ໃນຄອມພິວເຕີນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>Describe the action: its text cannot be empty.</source>
        <translation type="unfinished">ກະລຸນາອະທິບາຍກິດຈະກຳ: ຂໍ້ຄວາມບໍ່ສາມາດຫວ່າງເປົ່າໄດ້.</translation>
    </message>
    <message>
        <source>The due date cannot be before the start date.</source>
        <translation type="unfinished">ວັນທີກຳນົດສຳເລັດບໍ່ສາມາດກ່ອນວັນທີເລີ່ມ.</translation>
    </message>
    <message>
        <source>Say why the action was dropped: the reason is required.</source>
        <translation type="unfinished">ກະລຸນາບອກວ່າເປັນຫຍັງຈຶ່ງຍົກເລີກກິດຈະກຳນີ້: ຕ້ອງມີເຫດຜົນ.</translation>
    </message>
    <message>
        <source>The name of who is responsible is too long (at most {limit} characters).</source>
        <translation type="unfinished">ຊື່ຜູ້ຮັບຜິດຊອບຍາວເກີນໄປ (ບໍ່ເກີນ {limit} ຕົວອັກສອນ).</translation>
    </message>
    <message>
        <source>The name of who gives support is too long (at most {limit} characters).</source>
        <translation type="unfinished">ຊື່ຜູ້ໃຫ້ການສະໜັບສະໜູນຍາວເກີນໄປ (ບໍ່ເກີນ {limit} ຕົວອັກສອນ).</translation>
    </message>
    <message>
        <source>The progress note is empty: write what happened.</source>
        <translation type="unfinished">ບັນທຶກຄວາມຄືບໜ້າຫວ່າງເປົ່າ: ກະລຸນາຂຽນສິ່ງທີ່ເກີດຂຶ້ນ.</translation>
    </message>
    <message>
        <source>A progress note cannot be dated in the future.</source>
        <translation type="unfinished">ວັນທີຂອງບັນທຶກຄວາມຄືບໜ້າບໍ່ສາມາດເປັນວັນໃນອະນາຄົດ.</translation>
    </message>
    <message>
        <source>This item cannot be carried over: it is finished, already in this round&apos;s plan, or not from the previous round.</source>
        <translation type="unfinished">ລາຍການນີ້ບໍ່ສາມາດຍົກໄປໄດ້: ມັນສຳເລັດແລ້ວ, ມີຢູ່ໃນແຜນຂອງຮອບນີ້ແລ້ວ ຫຼື ບໍ່ແມ່ນຂອງຮອບທີ່ຜ່ານມາ.</translation>
    </message>
    <message>
        <source>--round goes with --shelter: a round belongs to one shelter.</source>
        <translation type="unfinished">--round ຕ້ອງໃຊ້ພ້ອມກັບ --shelter: ຮອບໜຶ່ງເປັນຂອງສູນພັກພິງດຽວ.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The file {name} cannot be read ({reason}). Nothing was imported.</source>
        <translation type="unfinished">ບໍ່ສາມາດອ່ານໄຟລ໌ {name} ໄດ້ ({reason}). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is empty: it is not a ShelterCheck exchange file. Nothing was imported.</source>
        <translation type="unfinished">{name} ຫວ່າງເປົ່າ: ມັນບໍ່ແມ່ນໄຟລ໌ແລກປ່ຽນຂອງ ShelterCheck. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not a ShelterCheck exchange file (.shelterchk). Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ແມ່ນໄຟລ໌ແລກປ່ຽນຂອງ ShelterCheck (.shelterchk). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete: it cannot be opened as an exchange file. Nothing was imported.</source>
        <translation type="unfinished">{name} ເສຍຫາຍ ຫຼື ບໍ່ຄົບ: ບໍ່ສາມາດເປີດເປັນໄຟລ໌ແລກປ່ຽນໄດ້. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is larger than an exchange file can be (at most {limit} MB). Nothing was imported.</source>
        <translation type="unfinished">{name} ໃຫຍ່ກວ່າທີ່ໄຟລ໌ແລກປ່ຽນຈະເປັນໄດ້ (ບໍ່ເກີນ {limit} MB). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} holds {count} parts; an exchange file holds at most {limit}. Nothing was imported.</source>
        <translation type="unfinished">{name} ມີ {count} ສ່ວນ; ໄຟລ໌ແລກປ່ຽນມີໄດ້ບໍ່ເກີນ {limit}. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name}: the part {member} would unpack to more than {limit} MB (a “zip bomb”?). Nothing was imported.</source>
        <translation type="unfinished">{name}: ສ່ວນ {member} ຈະຂະຫຍາຍອອກເກີນ {limit} MB (“zip bomb” ບໍ?). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} would unpack to more than {limit} MB in all (a “zip bomb”?). Nothing was imported.</source>
        <translation type="unfinished">{name} ຈະຂະຫຍາຍອອກເກີນ {limit} MB ລວມທັງໝົດ (“zip bomb” ບໍ?). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} holds a part with a forbidden name ({member}), as an attack on the computer would. Nothing was imported.</source>
        <translation type="unfinished">{name} ມີສ່ວນທີ່ໃຊ້ຊື່ຕ້ອງຫ້າມ ({member}) ຄືກັບການໂຈມຕີຄອມພິວເຕີ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} holds the part {member} twice. Nothing was imported.</source>
        <translation type="unfinished">{name} ມີສ່ວນ {member} ສອງເທື່ອ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} holds a part that its manifest does not list ({member}). Nothing was imported.</source>
        <translation type="unfinished">{name} ມີສ່ວນທີ່ບໍ່ມີໃນລາຍການສ່ວນປະກອບ (manifest) ຂອງມັນ ({member}). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} lacks the part {member}. Nothing was imported.</source>
        <translation type="unfinished">{name} ຂາດສ່ວນ {member}. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name}: the part {member} is compressed or encrypted in a way ShelterCheck does not read. Nothing was imported.</source>
        <translation type="unfinished">{name}: ສ່ວນ {member} ຖືກບີບອັດ ຫຼື ເຂົ້າລະຫັດໃນແບບທີ່ ShelterCheck ອ່ານບໍ່ໄດ້. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name}: the part {member} does not match its checksum; the file was changed or damaged. Nothing was imported.</source>
        <translation type="unfinished">{name}: ສ່ວນ {member} ບໍ່ກົງກັບຄ່າກວດສອບ (checksum) ຂອງມັນ; ໄຟລ໌ຖືກປ່ຽນແປງ ຫຼື ເສຍຫາຍ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name}: the part {member} is not valid UTF-8 text. Nothing was imported.</source>
        <translation type="unfinished">{name}: ສ່ວນ {member} ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8 ທີ່ຖືກຕ້ອງ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name}: the part {member} is not valid JSON (line {line}, column {column}). Nothing was imported.</source>
        <translation type="unfinished">{name}: ສ່ວນ {member} ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ (ແຖວ {line}, ຖັນ {column}). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name}: the part {member} is not valid JSON (NaN, Infinity or an endless number). Nothing was imported.</source>
        <translation type="unfinished">{name}: ສ່ວນ {member} ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ (NaN, Infinity ຫຼື ຕົວເລກທີ່ຍາວບໍ່ມີທີ່ສິ້ນສຸດ). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name}: the part {member} is nested more deeply than ShelterCheck allows. Nothing was imported.</source>
        <translation type="unfinished">{name}: ສ່ວນ {member} ຊ້ອນກັນເລິກກວ່າທີ່ ShelterCheck ອະນຸຍາດ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name}: the part {member} gives the field “{key}” twice in one place. Nothing was imported.</source>
        <translation type="unfinished">{name}: ສ່ວນ {member} ມີຊ່ອງ “{key}” ສອງເທື່ອໃນບ່ອນດຽວກັນ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} was written by a newer ShelterCheck (exchange format {version}; this ShelterCheck reads format {supported}). Install the newer ShelterCheck to import it.</source>
        <translation type="unfinished">{name} ຖືກຂຽນໂດຍ ShelterCheck ລຸ້ນໃໝ່ກວ່າ (ຮູບແບບການແລກປ່ຽນ {version}; ShelterCheck ນີ້ອ່ານຮູບແບບ {supported}). ກະລຸນາຕິດຕັ້ງ ShelterCheck ລຸ້ນໃໝ່ເພື່ອນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: {member} is not a JSON object. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: {member} ບໍ່ແມ່ນວັດຖຸ JSON (object). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: in {member}, {field} is missing. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ໃນ {member}, ຂາດ {field}. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: in {member}, {field} is not a known field. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ໃນ {member}, {field} ບໍ່ແມ່ນຊ່ອງທີ່ຮູ້ຈັກ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: in {member}, {field} has the wrong type. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ໃນ {member}, {field} ມີປະເພດຂໍ້ມູນຜິດ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: in {member}, {field} is too long (at most {limit}). Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ໃນ {member}, {field} ຍາວເກີນໄປ (ບໍ່ເກີນ {limit}). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: in {member}, {field} is empty. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ໃນ {member}, {field} ຫວ່າງເປົ່າ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: in {member}, {field} is out of range. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ໃນ {member}, {field} ຢູ່ນອກຂອບເຂດທີ່ອະນຸຍາດ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: in {member}, {field} has a value ShelterCheck does not accept. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ໃນ {member}, {field} ມີຄ່າທີ່ ShelterCheck ບໍ່ຮັບ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: in {member}, {field} has a rating without the answer “rated”, or the other way round. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ໃນ {member}, {field} ມີຄະແນນແຕ່ບໍ່ມີຄຳຕອບ “ໃຫ້ຄະແນນ”, ຫຼື ກົງກັນຂ້າມ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: in {member}, {field} is due before it starts. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ໃນ {member}, {field} ມີກຳນົດສຳເລັດກ່ອນວັນເລີ່ມ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: in {member}, the ID {id} is used twice. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ໃນ {member}, ລະຫັດ ID {id} ຖືກໃຊ້ສອງເທື່ອ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: in {member}, {field} answers the indicator {code} twice. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ໃນ {member}, {field} ຕອບຕົວຊີ້ວັດ {code} ສອງເທື່ອ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: its manifest lists the part {member}, which does not belong to its catalogues or data. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ລາຍການສ່ວນປະກອບ (manifest) ລະບຸສ່ວນ {member} ທີ່ບໍ່ແມ່ນມາດຕະຖານ ຫຼື ຂໍ້ມູນຂອງມັນ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: a round uses the catalogue {key}, which its manifest does not list. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ມີຮອບໜຶ່ງໃຊ້ມາດຕະຖານ {key} ທີ່ລາຍການສ່ວນປະກອບ (manifest) ບໍ່ໄດ້ລະບຸ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid: the round of {date} answers the indicator {code}, which the catalogue {key} does not have. Nothing was imported.</source>
        <translation type="unfinished">{name} ບໍ່ຖືກຕ້ອງ: ຮອບວັນທີ {date} ຕອບຕົວຊີ້ວັດ {code} ທີ່ບໍ່ມີໃນມາດຕະຖານ {key}. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is protected by a password: give the password to import it.</source>
        <translation type="unfinished">{name} ຖືກປ້ອງກັນດ້ວຍລະຫັດຜ່ານ: ກະລຸນາໃສ່ລະຫັດຜ່ານເພື່ອນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The password for {name} is wrong, or the file was changed after it was written. Nothing was imported.</source>
        <translation type="unfinished">ລະຫັດຜ່ານຂອງ {name} ບໍ່ຖືກຕ້ອງ, ຫຼື ໄຟລ໌ຖືກປ່ຽນແປງຫຼັງຈາກຂຽນແລ້ວ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} asks for password settings ShelterCheck does not accept (a damaged or hostile file). Nothing was imported.</source>
        <translation type="unfinished">{name} ຮຽກຮ້ອງການຕັ້ງຄ່າລະຫັດຜ່ານທີ່ ShelterCheck ບໍ່ຮັບ (ໄຟລ໌ເສຍຫາຍ ຫຼື ເປັນອັນຕະລາຍ). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The password is empty. Choose a password, or export without one.</source>
        <translation type="unfinished">ລະຫັດຜ່ານຫວ່າງເປົ່າ. ກະລຸນາເລືອກລະຫັດຜ່ານ, ຫຼື ສົ່ງອອກໂດຍບໍ່ມີລະຫັດຜ່ານ.</translation>
    </message>
    <message>
        <source>The password file {path} is empty: its first line must hold the password.</source>
        <translation type="unfinished">ໄຟລ໌ລະຫັດຜ່ານ {path} ຫວ່າງເປົ່າ: ແຖວທຳອິດຂອງມັນຕ້ອງມີລະຫັດຜ່ານ.</translation>
    </message>
    <message>
        <source>The password file {path} cannot be read ({reason}).</source>
        <translation type="unfinished">ບໍ່ສາມາດອ່ານໄຟລ໌ລະຫັດຜ່ານ {path} ໄດ້ ({reason}).</translation>
    </message>
    <message>
        <source>{name} needs the catalogue {keys}, which this computer does not have and the file does not include. Nothing was imported.</source>
        <translation type="unfinished">{name} ຕ້ອງການມາດຕະຖານ {keys} ທີ່ຄອມພິວເຕີນີ້ບໍ່ມີ ແລະ ໄຟລ໌ກໍບໍ່ໄດ້ໃສ່ມາ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} holds the catalogue {key}, which differs from the catalogue of the same version on this computer. Nothing was imported.</source>
        <translation type="unfinished">{name} ມີມາດຕະຖານ {key} ທີ່ແຕກຕ່າງຈາກມາດຕະຖານລຸ້ນດຽວກັນໃນຄອມພິວເຕີນີ້. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} holds a catalogue {key} that is not valid: {problem} Nothing was imported.</source>
        <translation type="unfinished">{name} ມີມາດຕະຖານ {key} ທີ່ບໍ່ຖືກຕ້ອງ: {problem} ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>There is nothing to export: this database has no shelter yet.</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງຈະສົ່ງອອກ: ຖານຂໍ້ມູນນີ້ຍັງບໍ່ມີສູນພັກພິງ.</translation>
    </message>
    <message>
        <source>This database holds a value an exchange file cannot carry ({field}: too long, out of range or unknown). Correct it and export again; nothing was written.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນນີ້ມີຄ່າທີ່ໄຟລ໌ແລກປ່ຽນບໍ່ສາມາດບັນຈຸໄດ້ ({field}: ຍາວເກີນໄປ, ຢູ່ນອກຂອບເຂດ ຫຼື ບໍ່ຮູ້ຈັກ). ກະລຸນາແກ້ໄຂແລ້ວສົ່ງອອກອີກຄັ້ງ; ບໍ່ມີຫຍັງຖືກຂຽນ.</translation>
    </message>
    <message>
        <source>The assessment {id} is not one of this shelter&apos;s rounds; nothing was written.</source>
        <translation type="unfinished">ການປະເມີນ {id} ບໍ່ແມ່ນຮອບໜຶ່ງຂອງສູນພັກພິງນີ້; ບໍ່ມີຫຍັງຖືກຂຽນ.</translation>
    </message>
    <message>
        <source>Give the exchange file the extension .shelterchk (not “{suffix}”); nothing was written.</source>
        <translation type="unfinished">ກະລຸນາຕັ້ງຊື່ໄຟລ໌ແລກປ່ຽນໃຫ້ລົງທ້າຍດ້ວຍ .shelterchk (ບໍ່ແມ່ນ “{suffix}”); ບໍ່ມີຫຍັງຖືກຂຽນ.</translation>
    </message>
    <message>
        <source>The database changed after the preview was made. Look at the preview again; nothing was imported.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນມີການປ່ຽນແປງຫຼັງຈາກສະແດງຕົວຢ່າງ. ກະລຸນາເບິ່ງຕົວຢ່າງອີກຄັ້ງ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Shelter {code}</source>
        <translation type="unfinished">ສູນພັກພິງ {code}</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">ຊື່</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished">ປະເພດ</translation>
    </message>
    <message>
        <source>who runs it</source>
        <translation type="unfinished">ຜູ້ດຳເນີນງານ</translation>
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished">ແຂວງ</translation>
    </message>
    <message>
        <source>type of service</source>
        <translation type="unfinished">ປະເພດການບໍລິການ</translation>
    </message>
    <message>
        <source>whom it serves</source>
        <translation type="unfinished">ກຸ່ມເປົ້າໝາຍທີ່ໃຫ້ບໍລິການ</translation>
    </message>
    <message>
        <source>serves victims of trafficking</source>
        <translation type="unfinished">ໃຫ້ບໍລິການຜູ້ຖືກເຄາະຮ້າຍຈາກການຄ້າມະນຸດ</translation>
    </message>
    <message>
        <source>other groups</source>
        <translation type="unfinished">ກຸ່ມອື່ນໆ</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished">ຄວາມຈຸ</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished">ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>shelter</source>
        <translation type="unfinished">ສູນພັກພິງ</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">ວັນທີ</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation type="unfinished">ມາດຕະຖານ</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished">ຄຳຕອບ</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation type="unfinished">ແຜນປະຕິບັດງານ</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>The password was wrong. Password for {name}:</source>
        <translation type="unfinished">ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ. ລະຫັດຜ່ານຂອງ {name}:</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Password:</source>
        <translation type="unfinished">{name} ຖືກປົກປ້ອງດ້ວຍລະຫັດຜ່ານ. ລະຫັດຜ່ານ:</translation>
    </message>
    <message>
        <source>Import exchange files</source>
        <translation type="unfinished">ນຳເຂົ້າໄຟລ໌ແລກປ່ຽນ</translation>
    </message>
    <message>
        <source>Exchange files (*.shelterchk)</source>
        <translation type="unfinished">ໄຟລ໌ແລກປ່ຽນ (*.shelterchk)</translation>
    </message>
</context>
<context>
    <name>ExportExchangeDialog</name>
    <message>
        <source>Export an exchange file</source>
        <translation type="unfinished">ສົ່ງອອກໄຟລ໌ແລກປ່ຽນ</translation>
    </message>
    <message>
        <source>This shelter: {name}</source>
        <translation type="unfinished">ສູນພັກພິງນີ້: {name}</translation>
    </message>
    <message>
        <source>Every shelter on this computer</source>
        <translation type="unfinished">ທຸກສູນພັກພິງໃນຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <source>Leave out notes, evidence and the names of people</source>
        <translation type="unfinished">ບໍ່ໃສ່ບັນທຶກ, ຫຼັກຖານ ແລະ ຊື່ຂອງບຸກຄົນ</translation>
    </message>
    <message>
        <source>Replace the shelters&apos; names by neutral labels</source>
        <translation type="unfinished">ປ່ຽນຊື່ສູນພັກພິງເປັນປ້າຍຊື່ທີ່ບໍ່ລະບຸຕົວຕົນ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">ເລືອກບ່ອນບັນທຶກ…</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation type="unfinished">ລະຫັດຜ່ານ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished">ລະຫັດຜ່ານອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">ໄຟລ໌</translation>
    </message>
    <message>
        <source>With a password the file can only be opened by someone who knows it: send the password another way (by phone, not in the same e-mail).</source>
        <translation type="unfinished">ເມື່ອມີລະຫັດຜ່ານ ມີແຕ່ຜູ້ທີ່ຮູ້ລະຫັດເທົ່ານັ້ນທີ່ເປີດໄຟລ໌ໄດ້: ໃຫ້ສົ່ງລະຫັດຜ່ານທາງອື່ນ (ທາງໂທລະສັບ, ບໍ່ແມ່ນໃນອີເມວດຽວກັນ).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">ສົ່ງອອກ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished">ລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ.</translation>
    </message>
    <message>
        <source>Exchange file (*.shelterchk)</source>
        <translation type="unfinished">ໄຟລ໌ແລກປ່ຽນ (*.shelterchk)</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export a report</source>
        <translation type="unfinished">ສົ່ງອອກບົດລາຍງານ</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation type="unfinished">ບົດລາຍງານການປະເມີນ</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished">ແຜນປະຕິບັດງານ</translation>
    </message>
    <message>
        <source>Blank checklist for rating on paper</source>
        <translation type="unfinished">ແບບກວດກາເປົ່າ ສຳລັບໃຫ້ຄະແນນເທິງເຈ້ຍ</translation>
    </message>
    <message>
        <source>Workshop summary</source>
        <translation type="unfinished">ບົດສະຫຼຸບກອງປະຊຸມ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished">ພາສາລາວ</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">ພາສາອັງກິດ</translation>
    </message>
    <message>
        <source>Lao, with the English beneath</source>
        <translation type="unfinished">ພາສາລາວ ແລະ ພາສາອັງກິດຢູ່ລຸ່ມ</translation>
    </message>
    <message>
        <source>PDF, to print or send</source>
        <translation type="unfinished">PDF ສຳລັບພິມ ຫຼື ສົ່ງ</translation>
    </message>
    <message>
        <source>Excel workbook, to edit</source>
        <translation type="unfinished">ໄຟລ໌ Excel ສຳລັບແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">ເລືອກບ່ອນບັນທຶກ…</translation>
    </message>
    <message>
        <source>Open the file when it is ready</source>
        <translation type="unfinished">ເປີດໄຟລ໌ເມື່ອສຳເລັດ</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">ບົດລາຍງານ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ພາສາ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">ຮູບແບບ</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">ໄຟລ໌</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">ສົ່ງອອກ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished">ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished">ໄຟລ໌ Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished">ລວມ</translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished">ຄ່າສະເລ່ຍ</translation>
    </message>
    <message>
        <source>{shelter} · {domain}: {score}</source>
        <translation type="unfinished">{shelter} · {domain}: {score}</translation>
    </message>
    <message>
        <source>Average of the shelters with a score · {domain}: {score}</source>
        <translation type="unfinished">ຄ່າສະເລ່ຍຂອງສູນພັກພິງທີ່ມີຄະແນນ · {domain}: {score}</translation>
    </message>
    <message>
        <source>Average of the shelters that have a score there</source>
        <translation type="unfinished">ຄ່າສະເລ່ຍຂອງສູນພັກພິງທີ່ມີຄະແນນໃນນັ້ນ</translation>
    </message>
    <message>
        <source>no rated indicator</source>
        <translation type="unfinished">ບໍ່ມີຕົວຊີ້ວັດທີ່ໃຫ້ຄະແນນ</translation>
    </message>
    <message>
        <source>{shelter}: round of {date}</source>
        <translation type="unfinished">{shelter}: ຮອບວັນທີ {date}</translation>
    </message>
    <message>
        <source>Core gaps closed</source>
        <translation type="unfinished">ຈຸດຂາດມາດຕະຖານຫຼັກທີ່ແກ້ໄຂແລ້ວ</translation>
    </message>
    <message>
        <source>Core gaps opened</source>
        <translation type="unfinished">ຈຸດຂາດມາດຕະຖານຫຼັກທີ່ເກີດໃໝ່</translation>
    </message>
    <message>
        <source>{shelter}: round of {date} compared with {previous}</source>
        <translation type="unfinished">{shelter}: ຮອບວັນທີ {date} ປຽບທຽບກັບ {previous}</translation>
    </message>
    <message>
        <source>{shelter}: no earlier round to compare with</source>
        <translation type="unfinished">{shelter}: ບໍ່ມີຮອບກ່ອນໜ້າເພື່ອປຽບທຽບ</translation>
    </message>
    <message>
        <source>Total over the {count} shelters compared</source>
        <translation type="unfinished">ລວມທັງໝົດຂອງ {count} ສູນພັກພິງທີ່ປຽບທຽບ</translation>
    </message>
    <message>
        <source>Average over the {count} shelters compared</source>
        <translation type="unfinished">ຄ່າສະເລ່ຍຂອງ {count} ສູນພັກພິງທີ່ປຽບທຽບ</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished">ນຳເຂົ້າ {name}</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງຖືກບັນທຶກ ຈົນກວ່າທ່ານຈະກົດ ນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Already on this computer, but different: what should happen?</source>
        <translation type="unfinished">ມີຢູ່ໃນຄອມພິວເຕີນີ້ແລ້ວ ແຕ່ບໍ່ຄືກັນ: ຈະໃຫ້ເຮັດແນວໃດ?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">ນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <source>{shelter}: assessment of {date}</source>
        <translation type="unfinished">{shelter}: ການປະເມີນວັນທີ {date}</translation>
    </message>
    <message>
        <source>Nothing would change: everything in the file is already here.</source>
        <translation type="unfinished">ຈະບໍ່ມີຫຍັງປ່ຽນແປງ: ທຸກຢ່າງໃນໄຟລ໌ມີຢູ່ນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>Will add {shelters} shelter(s) and {rounds} assessment round(s), replace {replaced}, and leave {kept} as they are. A backup of the database is made first.</source>
        <translation type="unfinished">ຈະເພີ່ມ {shelters} ສູນພັກພິງ ແລະ {rounds} ຮອບການປະເມີນ, ແທນທີ່ {replaced}, ແລະ ປ່ອຍ {kept} ໄວ້ຄືເກົ່າ. ຈະສຳຮອງຖານຂໍ້ມູນກ່ອນ.</translation>
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
    <name>IndicatorPanel</name>
    <message>
        <source>core standard</source>
        <translation type="unfinished">ມາດຕະຖານຫຼັກ</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished">ບໍ່ທັນຕອບ</translation>
    </message>
    <message>
        <source>Previous round ({date}): {answer}</source>
        <translation type="unfinished">ຮອບກ່ອນ ({date}): {answer}</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation type="unfinished">‹ ກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished">ຕໍ່ໄປ ›</translation>
    </message>
    <message>
        <source>Next unanswered (U)</source>
        <translation type="unfinished">ຂໍ້ຕໍ່ໄປທີ່ຍັງບໍ່ຕອບ (U)</translation>
    </message>
    <message>
        <source>Move on after answering</source>
        <translation type="unfinished">ໄປຂໍ້ຕໍ່ໄປຫຼັງຈາກຕອບ</translation>
    </message>
    <message>
        <source>Find an indicator (Ctrl+F)</source>
        <translation type="unfinished">ຊອກຫາຕົວຊີ້ວັດ (Ctrl+F)</translation>
    </message>
    <message>
        <source>Why does it not apply? Press Enter to save.</source>
        <translation type="unfinished">ເປັນຫຍັງຈຶ່ງບໍ່ກ່ຽວຂ້ອງ? ກົດ Enter ເພື່ອບັນທຶກ.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ບັນທຶກເພີ່ມເຕີມ</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation type="unfinished">ຫຼັກຖານທີ່ເຫັນ</translation>
    </message>
</context>
<context>
    <name>IndicatorRows</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished">ເນື້ອໃນ</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">ຄະແນນ</translation>
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
        <source>&amp;Import exchange files…</source>
        <translation type="unfinished">ນຳເຂົ້າໄຟລ໌ແລກປ່ຽນ (&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport an exchange file…</source>
        <translation type="unfinished">ສົ່ງອອກໄຟລ໌ແລກປ່ຽນ (&amp;X)…</translation>
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
        <source>&amp;Export</source>
        <translation type="unfinished">ສົ່ງອອກ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Assessment report…</source>
        <translation type="unfinished">ບົດລາຍງານການປະເມີນ (&amp;A)…</translation>
    </message>
    <message>
        <source>Action &amp;plan (PDF or Excel)…</source>
        <translation type="unfinished">ແຜນປະຕິບັດງານ (PDF ຫຼື Excel) (&amp;P)…</translation>
    </message>
    <message>
        <source>Blank &amp;checklist for rating on paper…</source>
        <translation type="unfinished">ແບບກວດກາເປົ່າ ສຳລັບໃຫ້ຄະແນນເທິງເຈ້ຍ (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Workshop as Excel…</source>
        <translation type="unfinished">ກອງປະຊຸມເປັນ Excel… (&amp;W)</translation>
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
    <name>Method</name>
    <message>
        <source>How the scores are computed</source>
        <translation type="unfinished">ວິທີຄິດໄລ່ຄະແນນ</translation>
    </message>
    <message>
        <source>Each indicator that applies to the shelter is rated on four levels: 0 = not in place, 1 = partly in place, 2 = mostly in place, 3 = fully in place. An indicator can also be marked “does not apply” (with the reason) or “don&apos;t know yet”.</source>
        <translation type="unfinished">ຕົວຊີ້ວັດແຕ່ລະຂໍ້ທີ່ກ່ຽວຂ້ອງກັບສູນພັກພິງ ຈະໄດ້ຮັບຄະແນນ 4 ລະດັບ: 0 = ບໍ່ມີ, 1 = ມີບາງສ່ວນ, 2 = ມີເກືອບຄົບ, 3 = ມີຄົບຖ້ວນ. ຕົວຊີ້ວັດຍັງສາມາດໝາຍວ່າ “ບໍ່ກ່ຽວຂ້ອງ” (ພ້ອມເຫດຜົນ) ຫຼື “ຍັງບໍ່ຮູ້”.</translation>
    </message>
    <message>
        <source>Indicator score = rating ÷ 3 × 100. So 0 gives 0 %, 1 gives 33 %, 2 gives 67 % and 3 gives 100 %.</source>
        <translation type="unfinished">ຄະແນນຕົວຊີ້ວັດ = ຄະແນນ ÷ 3 × 100. ດັ່ງນັ້ນ 0 ໄດ້ 0 %, 1 ໄດ້ 33 %, 2 ໄດ້ 67 % ແລະ 3 ໄດ້ 100 %.</translation>
    </message>
    <message>
        <source>Domain score = the sum of the ratings in the domain ÷ (3 × the number of rated indicators in it) × 100. Indicators that do not apply, that are marked “don&apos;t know yet” or that are not answered are left out, and are counted separately so you can see what is missing.</source>
        <translation type="unfinished">ຄະແນນຂົງເຂດ = ຜົນບວກຄະແນນໃນຂົງເຂດ ÷ (3 × ຈຳນວນຕົວຊີ້ວັດທີ່ໃຫ້ຄະແນນແລ້ວ) × 100. ຕົວຊີ້ວັດທີ່ບໍ່ກ່ຽວຂ້ອງ, ທີ່ໝາຍວ່າ “ຍັງບໍ່ຮູ້” ຫຼື ທີ່ຍັງບໍ່ຕອບ ຈະບໍ່ຖືກນັບ ແຕ່ຈະຖືກສະແດງແຍກຕ່າງຫາກ ເພື່ອໃຫ້ເຫັນວ່າຍັງຂາດຫຍັງ.</translation>
    </message>
    <message>
        <source>Example: a domain with ratings 3, 2 and 1, and one indicator that does not apply: (3 + 2 + 1) ÷ (3 × 3) × 100 = 67 %.</source>
        <translation type="unfinished">ຕົວຢ່າງ: ຂົງເຂດທີ່ມີຄະແນນ 3, 2 ແລະ 1 ແລະ ມີໜຶ່ງຕົວຊີ້ວັດທີ່ບໍ່ກ່ຽວຂ້ອງ: (3 + 2 + 1) ÷ (3 × 3) × 100 = 67 %.</translation>
    </message>
    <message>
        <source>Overall score = the average of the domain scores, so every domain weighs the same, like the spokes of the radar chart. A domain with no rated indicator has no score and is left out of the average.</source>
        <translation type="unfinished">ຄະແນນລວມ = ຄ່າສະເລ່ຍຂອງຄະແນນຂົງເຂດ ດັ່ງນັ້ນທຸກຂົງເຂດມີນ້ຳໜັກເທົ່າກັນ ຄືກັບແຂນຂອງແຜນພາບເຣດາ. ຂົງເຂດທີ່ບໍ່ມີຕົວຊີ້ວັດທີ່ໃຫ້ຄະແນນ ຈະບໍ່ມີຄະແນນ ແລະ ບໍ່ຖືກນັບໃນຄ່າສະເລ່ຍ.</translation>
    </message>
    <message>
        <source>Scores are shown rounded to a whole number (halves round up); the calculation uses the exact values.</source>
        <translation type="unfinished">ຄະແນນຈະສະແດງເປັນຕົວເລກຖ້ວນ (ເຄິ່ງໜຶ່ງປັດຂຶ້ນ); ການຄິດໄລ່ໃຊ້ຄ່າທີ່ແນ່ນອນ.</translation>
    </message>
    <message>
        <source>A gap is an indicator rated below 3; its size is 3 minus the rating. Core standards are the minimum a shelter must meet, because their absence puts residents at risk: gaps on core standards are listed first, then the larger gaps, then in catalogue order. This is also the order in which the action plan is drafted.</source>
        <translation type="unfinished">ຈຸດທີ່ຍັງຂາດ ແມ່ນຕົວຊີ້ວັດທີ່ໄດ້ຄະແນນຕ່ຳກວ່າ 3; ຂະໜາດຂອງມັນແມ່ນ 3 ລົບຄະແນນ. ມາດຕະຖານຫຼັກແມ່ນຂັ້ນຕ່ຳທີ່ສູນພັກພິງຕ້ອງມີ ເພາະຖ້າບໍ່ມີ ຜູ້ພັກອາໄສຈະມີຄວາມສ່ຽງ: ຈຸດຂາດຂອງມາດຕະຖານຫຼັກຈະຖືກລຽງກ່ອນ, ຕໍ່ມາແມ່ນຈຸດຂາດທີ່ໃຫຍ່ກວ່າ, ແລ້ວຈຶ່ງຕາມລຳດັບຂອງມາດຕະຖານ. ນີ້ແມ່ນລຳດັບດຽວກັນກັບການຮ່າງແຜນປະຕິບັດງານ.</translation>
    </message>
    <message>
        <source>Change since the previous round = this round&apos;s score minus the previous round&apos;s, in percentage points, for the overall score and each domain.</source>
        <translation type="unfinished">ການປ່ຽນແປງນັບແຕ່ຮອບກ່ອນ = ຄະແນນຮອບນີ້ ລົບ ຄະແນນຮອບກ່ອນ ເປັນຈຸດສ່ວນຮ້ອຍ ສຳລັບຄະແນນລວມ ແລະ ແຕ່ລະຂົງເຂດ.</translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished">ປິດ</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New assessment round</source>
        <translation type="unfinished">ຮອບການປະເມີນໃໝ່</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">ວັນທີ</translation>
    </message>
    <message>
        <source>Who takes part, e.g. the manager, two social workers, the nurse</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມ ເຊັ່ນ ຜູ້ຈັດການ, ພະນັກງານສັງຄົມ 2 ຄົນ, ພະຍາບານ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished">ມາດຕະຖານ</translation>
    </message>
    <message>
        <source>The round keeps this version of the standards for its whole life, so its scores never change when the standards are updated. Every answer is saved as soon as you give it.</source>
        <translation type="unfinished">ຮອບນີ້ຈະໃຊ້ມາດຕະຖານລຸ້ນນີ້ຕະຫຼອດໄປ ດັ່ງນັ້ນຄະແນນຈະບໍ່ປ່ຽນ ເມື່ອມາດຕະຖານຖືກປັບປຸງ. ທຸກຄຳຕອບຈະຖືກບັນທຶກທັນທີທີ່ທ່ານຕອບ.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">ເລີ່ມ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
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
    <name>PlanExport</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished">ແຜນປະຕິບັດງານ</translation>
    </message>
    <message>
        <source>Action plan: {shelter}</source>
        <translation type="unfinished">ແຜນປະຕິບັດງານ: {shelter}</translation>
    </message>
    <message>
        <source>Assessment of {date}</source>
        <translation type="unfinished">ການປະເມີນວັນທີ {date}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished">ລ/ດ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Indicator(s)</source>
        <translation type="unfinished">ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished">ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">ວັນທີເລີ່ມ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">ກຳນົດສຳເລັດ</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation type="unfinished">ຊັບພະຍາກອນທີ່ຕ້ອງການ</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation type="unfinished">ການສະໜັບສະໜູນທີ່ຕ້ອງການ</translation>
    </message>
    <message>
        <source>Support from</source>
        <translation type="unfinished">ການສະໜັບສະໜູນຈາກ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">ບັນທຶກຄວາມຄືບໜ້າ</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">ຍັງບໍ່ໄດ້ເລີ່ມ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">ກຳລັງດຳເນີນການ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished">ເຫດຜົນ: {reason}</translation>
    </message>
    <message>
        <source>Ministry of Labour and Social Welfare</source>
        <translation type="unfinished">ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished">ອົງການຄູ່ຮ່ວມງານ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
    <message>
        <source>{source}: {detail}</source>
        <translation type="unfinished">{source}: {detail}</translation>
    </message>
    <message>
        <source>Carried over from the previous round</source>
        <translation type="unfinished">ຍົກມາຈາກຮອບທີ່ຜ່ານມາ</translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <source>All domains</source>
        <translation type="unfinished">ທຸກຂົງເຂດ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">ທຸກສະຖານະ</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished">ຍັງບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished">ສະເພາະທີ່ເກີນກຳນົດ</translation>
    </message>
    <message>
        <source>Responsible…</source>
        <translation type="unfinished">ຜູ້ຮັບຜິດຊອບ…</translation>
    </message>
</context>
<context>
    <name>PlanItemEditor</name>
    <message>
        <source>— none —</source>
        <translation type="unfinished">— ບໍ່ມີ —</translation>
    </message>
    <message>
        <source>Ministry of Labour and Social Welfare</source>
        <translation type="unfinished">ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished">ອົງການຄູ່ຮ່ວມງານ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished">ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>Start → due</source>
        <translation type="unfinished">ເລີ່ມ → ກຳນົດສຳເລັດ</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation type="unfinished">ຊັບພະຍາກອນທີ່ຕ້ອງການ</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation type="unfinished">ການສະໜັບສະໜູນທີ່ຕ້ອງການ</translation>
    </message>
    <message>
        <source>Support from</source>
        <translation type="unfinished">ການສະໜັບສະໜູນຈາກ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished">ບັນທຶກຄວາມຄືບໜ້າ</translation>
    </message>
    <message>
        <source>who exactly (optional)</source>
        <translation type="unfinished">ແມ່ນໃຜ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>why it was dropped</source>
        <translation type="unfinished">ເປັນຫຍັງຈຶ່ງຍົກເລີກ</translation>
    </message>
    <message>
        <source>codes, e.g. SAF-02, CNF-01</source>
        <translation type="unfinished">ລະຫັດ ເຊັ່ນ SAF-02, CNF-01</translation>
    </message>
    <message>
        <source>What happened? Enter adds a dated note</source>
        <translation type="unfinished">ມີຫຍັງເກີດຂຶ້ນ? ກົດ Enter ເພື່ອເພີ່ມບັນທຶກພ້ອມວັນທີ</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished">ເພີ່ມບັນທຶກ</translation>
    </message>
    <message>
        <source>Carried over from the previous round&apos;s plan.</source>
        <translation type="unfinished">ນຳມາຕໍ່ຈາກແຜນຂອງຮອບກ່ອນ.</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>No.</source>
        <translation type="unfinished">ລຳດັບ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished">ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">ວັນທີເລີ່ມ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">ກຳນົດສຳເລັດ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">ຍັງບໍ່ໄດ້ເລີ່ມ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">ກຳລັງດຳເນີນການ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <source>⚠ overdue</source>
        <translation type="unfinished">⚠ ເກີນກຳນົດ</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>Not in place</source>
        <translation type="unfinished">ບໍ່ມີ</translation>
    </message>
    <message>
        <source>Partly in place</source>
        <translation type="unfinished">ມີບາງສ່ວນ</translation>
    </message>
    <message>
        <source>Mostly in place</source>
        <translation type="unfinished">ມີເກືອບຄົບ</translation>
    </message>
    <message>
        <source>Fully in place</source>
        <translation type="unfinished">ມີຄົບຖ້ວນ</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished">ບໍ່ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>Don&apos;t know yet</source>
        <translation type="unfinished">ຍັງບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished">ຍັງບໍ່ທັນຕອບ</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page {page} of {total}</source>
        <translation type="unfinished">ໜ້າ {page} ຈາກ {total}</translation>
    </message>
    <message>
        <source>Confidential: do not share outside the shelter&apos;s partners</source>
        <translation type="unfinished">ຄວາມລັບ: ຫ້າມເຜີຍແຜ່ນອກຈາກພາກສ່ວນຮ່ວມມືຂອງສູນພັກພິງ</translation>
    </message>
    <message>
        <source>The action plan has no items yet.</source>
        <translation type="unfinished">ແຜນປະຕິບັດງານຍັງບໍ່ມີລາຍການເທື່ອ.</translation>
    </message>
    <message>
        <source>{count} action(s): {summary}</source>
        <translation type="unfinished">{count} ກິດຈະກຳ: {summary}</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation type="unfinished">{status}: {count}</translation>
    </message>
    <message>
        <source>Action plan of a shelter self-assessment</source>
        <translation type="unfinished">ແຜນປະຕິບັດງານຈາກການປະເມີນຕົນເອງຂອງສູນພັກພິງ</translation>
    </message>
    <message>
        <source>Start – due</source>
        <translation type="unfinished">ເລີ່ມ – ກຳນົດສຳເລັດ</translation>
    </message>
    <message>
        <source>Resources and support</source>
        <translation type="unfinished">ຊັບພະຍາກອນ ແລະ ການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Shelter self-assessment report</source>
        <translation type="unfinished">ບົດລາຍງານການປະເມີນຕົນເອງຂອງສູນພັກພິງ</translation>
    </message>
    <message>
        <source>Self-assessment of a shelter against the minimum standards for shelters</source>
        <translation type="unfinished">ການປະເມີນຕົນເອງຂອງສູນພັກພິງ ຕາມມາດຕະຖານຂັ້ນຕ່ຳສຳລັບສູນພັກພິງ</translation>
    </message>
    <message>
        <source>Self-assessment checklist</source>
        <translation type="unfinished">ແບບກວດກາການປະເມີນຕົນເອງ</translation>
    </message>
    <message>
        <source>Blank checklist for rating a shelter on paper</source>
        <translation type="unfinished">ແບບກວດກາເປົ່າ ສຳລັບໃຫ້ຄະແນນສູນພັກພິງເທິງເຈ້ຍ</translation>
    </message>
    <message>
        <source>Assessment of {date}</source>
        <translation type="unfinished">ການປະເມີນວັນທີ {date}</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished">ສູນພັກພິງ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished">ແຂວງ</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation type="unfinished">ວັນທີປະເມີນ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished">ມາດຕະຖານ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished">ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>In progress: the results are provisional</source>
        <translation type="unfinished">ກຳລັງດຳເນີນການ: ຜົນໄດ້ຮັບຍັງບໍ່ແມ່ນສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>Report made on</source>
        <translation type="unfinished">ວັນທີອອກບົດລາຍງານ</translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished">ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <source>This report lists weaknesses of the shelter, including its security. Share it only with the people who need it to help the shelter, and do not add the shelter&apos;s address.</source>
        <translation type="unfinished">ບົດລາຍງານນີ້ບອກຈຸດອ່ອນຂອງສູນພັກພິງ ລວມທັງດ້ານຄວາມປອດໄພ. ໃຫ້ແບ່ງປັນສະເພາະກັບຜູ້ທີ່ຕ້ອງການມັນເພື່ອຊ່ວຍສູນພັກພິງເທົ່ານັ້ນ ແລະ ຢ່າໃສ່ທີ່ຢູ່ຂອງສູນພັກພິງ.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">ສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation type="unfinished">ຄະແນນລວມ</translation>
    </message>
    <message>
        <source>{rated} of {needed} indicators that apply are rated ({percent} %).</source>
        <translation type="unfinished">ໃຫ້ຄະແນນແລ້ວ {rated} ຈາກ {needed} ຕົວຊີ້ວັດທີ່ກ່ຽວຂ້ອງ ({percent} %).</translation>
    </message>
    <message>
        <source>Left out of the scores: {na} do not apply, {unknown} not known yet, {unanswered} not answered.</source>
        <translation type="unfinished">ບໍ່ນັບເຂົ້າໃນຄະແນນ: {na} ບໍ່ກ່ຽວຂ້ອງ, {unknown} ຍັງບໍ່ຮູ້, {unanswered} ຍັງບໍ່ຕອບ.</translation>
    </message>
    <message>
        <source>Gaps on core standards: {count}. All gaps: {all}.</source>
        <translation type="unfinished">ຈຸດທີ່ຍັງຂາດໃນມາດຕະຖານຫຼັກ: {count}. ຈຸດທີ່ຍັງຂາດທັງໝົດ: {all}.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished">ຂົງເຂດ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">ຄະແນນ</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished">ໃຫ້ຄະແນນແລ້ວ</translation>
    </message>
    <message>
        <source>Gaps (core)</source>
        <translation type="unfinished">ຈຸດຂາດ (ຫຼັກ)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>This round ({date})</source>
        <translation type="unfinished">ຮອບນີ້ ({date})</translation>
    </message>
    <message>
        <source>Previous round ({date})</source>
        <translation type="unfinished">ຮອບກ່ອນ ({date})</translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation type="unfinished">ການປ່ຽນແປງນັບແຕ່ຮອບກ່ອນ</translation>
    </message>
    <message>
        <source>Compared with the assessment of {date}. The change is in percentage points.</source>
        <translation type="unfinished">ທຽບກັບການປະເມີນວັນທີ {date}. ການປ່ຽນແປງເປັນຈຸດສ່ວນຮ້ອຍ.</translation>
    </message>
    <message>
        <source>This is the shelter&apos;s first assessment, so there is no earlier round to compare with.</source>
        <translation type="unfinished">ນີ້ແມ່ນການປະເມີນຄັ້ງທຳອິດຂອງສູນພັກພິງ ຈຶ່ງຍັງບໍ່ມີຮອບກ່ອນເພື່ອທຽບ.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished">ກ່ອນ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished">ປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>Rated higher than before ({count})</source>
        <translation type="unfinished">ໄດ້ຄະແນນສູງກວ່າເກົ່າ ({count})</translation>
    </message>
    <message>
        <source>Rated lower than before ({count})</source>
        <translation type="unfinished">ໄດ້ຄະແນນຕ່ຳກວ່າເກົ່າ ({count})</translation>
    </message>
    <message>
        <source>▲ {points}</source>
        <translation type="unfinished">▲ {points}</translation>
    </message>
    <message>
        <source>▼ {points}</source>
        <translation type="unfinished">▼ {points}</translation>
    </message>
    <message>
        <source>= 0</source>
        <translation type="unfinished">= 0</translation>
    </message>
    <message>
        <source>Gaps on core standards</source>
        <translation type="unfinished">ຈຸດທີ່ຍັງຂາດໃນມາດຕະຖານຫຼັກ</translation>
    </message>
    <message>
        <source>Core standards are the minimum a shelter must meet; these are rated below “fully in place”, the largest gaps first.</source>
        <translation type="unfinished">ມາດຕະຖານຫຼັກແມ່ນຂັ້ນຕ່ຳທີ່ສູນພັກພິງຕ້ອງມີ; ລາຍການເຫຼົ່ານີ້ໄດ້ຄະແນນຕ່ຳກວ່າ “ມີຄົບຖ້ວນ”, ຈຸດຂາດທີ່ໃຫຍ່ທີ່ສຸດຢູ່ກ່ອນ.</translation>
    </message>
    <message>
        <source>No gaps on core standards: every rated core indicator is fully in place.</source>
        <translation type="unfinished">ບໍ່ມີຈຸດທີ່ຍັງຂາດໃນມາດຕະຖານຫຼັກ: ທຸກຕົວຊີ້ວັດຫຼັກທີ່ໃຫ້ຄະແນນແລ້ວ ມີຄົບຖ້ວນ.</translation>
    </message>
    <message>
        <source>Core indicators still to check: {codes}</source>
        <translation type="unfinished">ຕົວຊີ້ວັດຫຼັກທີ່ຍັງຕ້ອງກວດ: {codes}</translation>
    </message>
    <message>
        <source>Results by domain</source>
        <translation type="unfinished">ຜົນໄດ້ຮັບແຕ່ລະຂົງເຂດ</translation>
    </message>
    <message>
        <source>Score {score} · {rated} rated of {applicable}</source>
        <translation type="unfinished">ຄະແນນ {score} · ໃຫ້ຄະແນນແລ້ວ {rated} ຈາກ {applicable}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">ລະຫັດ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">ຄະແນນ</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation type="unfinished">ບັນທຶກ ແລະ ຫຼັກຖານ</translation>
    </message>
    <message>
        <source>★ core</source>
        <translation type="unfinished">★ ຫຼັກ</translation>
    </message>
    <message>
        <source>gap {size}</source>
        <translation type="unfinished">ຂາດ {size}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished">ເຫດຜົນ: {reason}</translation>
    </message>
    <message>
        <source>Evidence: {evidence}</source>
        <translation type="unfinished">ຫຼັກຖານ: {evidence}</translation>
    </message>
    <message>
        <source>★ core = a core standard. Shaded rows are gaps (rated below 3); “gap 2” means 2 points short of fully in place.</source>
        <translation type="unfinished">★ ຫຼັກ = ມາດຕະຖານຫຼັກ. ແຖວທີ່ມີສີພື້ນແມ່ນຈຸດທີ່ຍັງຂາດ (ຄະແນນຕ່ຳກວ່າ 3); “ຂາດ 2” ໝາຍເຖິງຍັງຂາດ 2 ຄະແນນຈຶ່ງຈະມີຄົບຖ້ວນ.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished">ແຜນປະຕິບັດງານ</translation>
    </message>
    <message>
        <source>For each indicator, tick one box: 0 not in place, 1 partly, 2 mostly, 3 fully in place, N does not apply (write why), K don&apos;t know yet. Write what you saw or were told under Notes. Enter the answers in ShelterCheck afterwards.</source>
        <translation type="unfinished">ສຳລັບແຕ່ລະຕົວຊີ້ວັດ ໃຫ້ໝາຍໜຶ່ງຫ້ອງ: 0 ບໍ່ມີ, 1 ມີບາງສ່ວນ, 2 ມີເກືອບຄົບ, 3 ມີຄົບຖ້ວນ, N ບໍ່ກ່ຽວຂ້ອງ (ຂຽນເຫດຜົນ), K ຍັງບໍ່ຮູ້. ຂຽນສິ່ງທີ່ເຫັນ ຫຼື ໄດ້ຍິນໄວ້ໃນຫ້ອງບັນທຶກ. ຫຼັງຈາກນັ້ນ ປ້ອນຄຳຕອບເຂົ້າໃນ ShelterCheck.</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation type="unfinished">ສິ່ງທີ່ຕ້ອງກວດເບິ່ງ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">ຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ບັນທຶກເພີ່ມເຕີມ</translation>
    </message>
    <message>
        <source>{count} indicators apply to this shelter.</source>
        <translation type="unfinished">ມີ {count} ຕົວຊີ້ວັດທີ່ກ່ຽວຂ້ອງກັບສູນພັກພິງນີ້.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Choose a shelter with an assessment round first.</source>
        <translation type="unfinished">ກະລຸນາເລືອກສູນພັກພິງທີ່ມີຮອບການປະເມີນກ່ອນ.</translation>
    </message>
    <message>
        <source>The report was saved as:
{path}
No program to open it was found.</source>
        <translation type="unfinished">ບົດລາຍງານຖືກບັນທຶກເປັນ:
{path}
ບໍ່ພົບໂປຣແກຣມທີ່ຈະເປີດມັນ.</translation>
    </message>
    <message>
        <source>The report was saved as:
{path}</source>
        <translation type="unfinished">ບົດລາຍງານຖືກບັນທຶກເປັນ:
{path}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>No assessment to show yet: choose a shelter and answer a round.</source>
        <translation type="unfinished">ຍັງບໍ່ມີການປະເມີນທີ່ຈະສະແດງ: ກະລຸນາເລືອກສູນພັກພິງ ແລະ ຕອບຮອບການປະເມີນ.</translation>
    </message>
    <message>
        <source>{shelter} — round of {date}</source>
        <translation type="unfinished">{shelter} — ຮອບວັນທີ {date}</translation>
    </message>
    <message>
        <source>compared with {date}</source>
        <translation type="unfinished">ປຽບທຽບກັບ {date}</translation>
    </message>
    <message>
        <source>{rated} of {applicable} indicators rated; {na} do not apply; {unknown} not known yet; {unanswered} not answered. Core gaps: {core_gaps}.</source>
        <translation type="unfinished">ໃຫ້ຄະແນນແລ້ວ {rated} ໃນ {applicable} ຕົວຊີ້ວັດ; ບໍ່ກ່ຽວຂ້ອງ {na}; ຍັງບໍ່ຮູ້ {unknown}; ບໍ່ທັນຕອບ {unanswered}. ຈຸດຂາດຂອງມາດຕະຖານຫຼັກ: {core_gaps}.</translation>
    </message>
    <message>
        <source>This round</source>
        <translation type="unfinished">ຮອບນີ້</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation type="unfinished">ຮອບກ່ອນ</translation>
    </message>
    <message>
        <source>fully in place</source>
        <translation type="unfinished">ມີຄົບຖ້ວນ</translation>
    </message>
    <message>
        <source>don&apos;t know yet</source>
        <translation type="unfinished">ຍັງບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished">ບໍ່ທັນຕອບ</translation>
    </message>
    <message>
        <source>0 not in place</source>
        <translation type="unfinished">0 ບໍ່ມີ</translation>
    </message>
    <message>
        <source>1 partly</source>
        <translation type="unfinished">1 ມີບາງສ່ວນ</translation>
    </message>
    <message>
        <source>2 mostly</source>
        <translation type="unfinished">2 ມີເກືອບຄົບ</translation>
    </message>
    <message>
        <source>Core gaps ({count})</source>
        <translation type="unfinished">ຈຸດຂາດຂອງມາດຕະຖານຫຼັກ ({count})</translation>
    </message>
    <message>
        <source>Other gaps ({count})</source>
        <translation type="unfinished">ຈຸດຂາດອື່ນໆ ({count})</translation>
    </message>
    <message>
        <source>Strengths ({count})</source>
        <translation type="unfinished">ຈຸດແຂງ ({count})</translation>
    </message>
    <message>
        <source>Still to answer ({count})</source>
        <translation type="unfinished">ຍັງຕ້ອງຕອບ ({count})</translation>
    </message>
    <message>
        <source>How are scores computed?</source>
        <translation type="unfinished">ຄະແນນຄິດໄລ່ແນວໃດ?</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished">ສົ່ງອອກບົດລາຍງານ…</translation>
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
    <name>ShelterProfileDialog</name>
    <message>
        <source>— not given —</source>
        <translation type="unfinished">— ບໍ່ໄດ້ລະບຸ —</translation>
    </message>
    <message>
        <source>Shelter profile</source>
        <translation type="unfinished">ຂໍ້ມູນສູນພັກພິງ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ຊື່</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">ປະເພດ</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">ດຳເນີນງານໂດຍ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished">ແຂວງ</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation type="unfinished">ປະເພດການບໍລິການ</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished">ໃຫ້ບໍລິການແກ່</translation>
    </message>
    <message>
        <source>victims of trafficking</source>
        <translation type="unfinished">ຜູ້ຖືກເຄາະຮ້າຍຈາກການຄ້າມະນຸດ</translation>
    </message>
    <message>
        <source>e.g. survivors of domestic violence</source>
        <translation type="unfinished">ເຊັ່ນ ຜູ້ຖືກເຄາະຮ້າຍຈາກຄວາມຮຸນແຮງໃນຄອບຄົວ</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation type="unfinished">ກຸ່ມອື່ນໆ</translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished">ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished">ຈຳນວນບ່ອນພັກ</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">ບໍ່ບັງຄັບ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>There is no address field on purpose: where a shelter is must stay confidential.</source>
        <translation type="unfinished">ບໍ່ມີບ່ອນໃສ່ທີ່ຢູ່ໂດຍເຈດຕະນາ: ສະຖານທີ່ຕັ້ງຂອງສູນພັກພິງຕ້ອງເປັນຄວາມລັບ.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">ບັນທຶກ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
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
        <source>Overall score</source>
        <translation type="unfinished">ຄະແນນລວມ</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation type="unfinished">ຍັງບໍ່ທັນປະເມີນ</translation>
    </message>
</context>
<context>
    <name>SheltersPage</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished">ນຳຄືນມາ</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished">ເກັບເຂົ້າແຟ້ມ</translation>
    </message>
    <message>
        <source>New shelter…</source>
        <translation type="unfinished">ສູນພັກພິງໃໝ່…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">ແກ້ໄຂ…</translation>
    </message>
    <message>
        <source>Assess ›</source>
        <translation type="unfinished">ປະເມີນ ›</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished">ສະແດງທີ່ເກັບເຂົ້າແຟ້ມແລ້ວ</translation>
    </message>
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
<context>
    <name>Workshop</name>
    <message>
        <source>Shelter {letter}</source>
        <translation type="unfinished">ສູນພັກພິງ {letter}</translation>
    </message>
</context>
<context>
    <name>WorkshopExport</name>
    <message>
        <source>Workshop summary</source>
        <translation type="unfinished">ບົດສະຫຼຸບກອງປະຊຸມ</translation>
    </message>
    <message>
        <source>{count} shelters · made on {date}</source>
        <translation type="unfinished">{count} ສູນພັກພິງ · ເຮັດວັນທີ {date}</translation>
    </message>
    <message>
        <source>{count} shelters, anonymised · made on {date}</source>
        <translation type="unfinished">{count} ສູນພັກພິງ, ປິດບັງຊື່ · ເຮັດວັນທີ {date}</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished">ຄະແນນ</translation>
    </message>
    <message>
        <source>Core gaps</source>
        <translation type="unfinished">ຈຸດຂາດມາດຕະຖານຫຼັກ</translation>
    </message>
    <message>
        <source>Rating distribution</source>
        <translation type="unfinished">ການແຈກຢາຍຄະແນນ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished">ກ່ຽວກັບເອກະສານນີ້</translation>
    </message>
    <message>
        <source>Scores per domain and overall (%)</source>
        <translation type="unfinished">ຄະແນນແຕ່ລະຂົງເຂດ ແລະ ຄະແນນລວມ (%)</translation>
    </message>
    <message>
        <source>The most common core gaps across the shelters</source>
        <translation type="unfinished">ຈຸດຂາດມາດຕະຖານຫຼັກທີ່ພົບຫຼາຍທີ່ສຸດໃນບັນດາສູນພັກພິງ</translation>
    </message>
    <message>
        <source>How the shelters rated each indicator (number of shelters)</source>
        <translation type="unfinished">ສູນພັກພິງໃຫ້ຄະແນນແຕ່ລະຕົວຊີ້ວັດແນວໃດ (ຈຳນວນສູນພັກພິງ)</translation>
    </message>
    <message>
        <source>Change since each shelter&apos;s previous round (percentage points)</source>
        <translation type="unfinished">ການປ່ຽນແປງນັບແຕ່ຮອບກ່ອນຂອງແຕ່ລະສູນພັກພິງ (ຈຸດສ່ວນຮ້ອຍ)</translation>
    </message>
    <message>
        <source>None of these shelters has an earlier round to compare with.</source>
        <translation type="unfinished">ບໍ່ມີສູນພັກພິງໃດໃນນີ້ທີ່ມີຮອບກ່ອນໜ້າເພື່ອປຽບທຽບ.</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished">ສູນພັກພິງ</translation>
    </message>
    <message>
        <source>Round of</source>
        <translation type="unfinished">ຮອບວັນທີ</translation>
    </message>
    <message>
        <source>Round status</source>
        <translation type="unfinished">ສະຖານະຂອງຮອບ</translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished">ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished">ກຳລັງດຳເນີນ</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished">ລວມ</translation>
    </message>
    <message>
        <source>Indicators rated</source>
        <translation type="unfinished">ຕົວຊີ້ວັດທີ່ໃຫ້ຄະແນນແລ້ວ</translation>
    </message>
    <message>
        <source>{rated} of {applicable}</source>
        <translation type="unfinished">{rated} ໃນ {applicable}</translation>
    </message>
    <message>
        <source>Average of the shelters</source>
        <translation type="unfinished">ຄ່າສະເລ່ຍຂອງສູນພັກພິງ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished">ລຳດັບ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">ລະຫັດ</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished">ຂົງເຂດ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <source>Core standard</source>
        <translation type="unfinished">ມາດຕະຖານຫຼັກ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ແມ່ນ</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ບໍ່</translation>
    </message>
    <message>
        <source>Shelters with the gap</source>
        <translation type="unfinished">ສູນພັກພິງທີ່ມີຈຸດຂາດນີ້</translation>
    </message>
    <message>
        <source>Shelters where it applies</source>
        <translation type="unfinished">ສູນພັກພິງທີ່ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>Share with the gap (%)</source>
        <translation type="unfinished">ສ່ວນທີ່ມີຈຸດຂາດ (%)</translation>
    </message>
    <message>
        <source>Shelters that rated it</source>
        <translation type="unfinished">ສູນພັກພິງທີ່ໃຫ້ຄະແນນ</translation>
    </message>
    <message>
        <source>Average rating (0–3)</source>
        <translation type="unfinished">ຄະແນນສະເລ່ຍ (0–3)</translation>
    </message>
    <message>
        <source>Which shelters</source>
        <translation type="unfinished">ສູນພັກພິງໃດແດ່</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation type="unfinished">{count} ໃນ {total}</translation>
    </message>
    <message>
        <source>0 not in place</source>
        <translation type="unfinished">0 ບໍ່ມີ</translation>
    </message>
    <message>
        <source>1 partly</source>
        <translation type="unfinished">1 ມີບາງສ່ວນ</translation>
    </message>
    <message>
        <source>2 mostly</source>
        <translation type="unfinished">2 ມີເກືອບຄົບ</translation>
    </message>
    <message>
        <source>3 fully in place</source>
        <translation type="unfinished">3 ມີຄົບຖ້ວນ</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished">ບໍ່ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>Don&apos;t know yet</source>
        <translation type="unfinished">ຍັງບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished">ບໍ່ທັນຕອບ</translation>
    </message>
    <message>
        <source>Shelters in all</source>
        <translation type="unfinished">ສູນພັກພິງທັງໝົດ</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation type="unfinished">ຮອບກ່ອນ</translation>
    </message>
    <message>
        <source>This round</source>
        <translation type="unfinished">ຮອບນີ້</translation>
    </message>
    <message>
        <source>Overall before</source>
        <translation type="unfinished">ຄະແນນລວມກ່ອນ</translation>
    </message>
    <message>
        <source>Overall now</source>
        <translation type="unfinished">ຄະແນນລວມປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>Change, overall</source>
        <translation type="unfinished">ການປ່ຽນແປງ, ຄະແນນລວມ</translation>
    </message>
    <message>
        <source>Core gaps before</source>
        <translation type="unfinished">ຈຸດຂາດມາດຕະຖານຫຼັກກ່ອນ</translation>
    </message>
    <message>
        <source>Core gaps now</source>
        <translation type="unfinished">ຈຸດຂາດມາດຕະຖານຫຼັກປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>Core gaps closed</source>
        <translation type="unfinished">ຈຸດຂາດມາດຕະຖານຫຼັກທີ່ແກ້ໄຂແລ້ວ</translation>
    </message>
    <message>
        <source>Core gaps opened</source>
        <translation type="unfinished">ຈຸດຂາດມາດຕະຖານຫຼັກທີ່ເກີດໃໝ່</translation>
    </message>
    <message>
        <source>no earlier round</source>
        <translation type="unfinished">ບໍ່ມີຮອບກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Average of the {count} shelters compared</source>
        <translation type="unfinished">ຄ່າສະເລ່ຍຂອງ {count} ສູນພັກພິງທີ່ປຽບທຽບ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">ລວມທັງໝົດ</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished">ເຮັດວັນທີ</translation>
    </message>
    <message>
        <source>Shelters shown</source>
        <translation type="unfinished">ສູນພັກພິງທີ່ສະແດງ</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished">ປິດບັງຊື່</translation>
    </message>
    <message>
        <source>The shelters are shown as Shelter A, B, C…; their names, contacts and notes are left out. A shelter keeps its letter throughout the workshop.</source>
        <translation type="unfinished">ສູນພັກພິງຖືກສະແດງເປັນ ສູນພັກພິງ A, B, C…; ບໍ່ມີຊື່, ຜູ້ຕິດຕໍ່ ແລະ ບັນທຶກ. ແຕ່ລະສູນພັກພິງໃຊ້ຕົວອັກສອນເດີມຕະຫຼອດກອງປະຊຸມ.</translation>
    </message>
    <message>
        <source>Standards catalogue</source>
        <translation type="unfinished">ຊຸດມາດຕະຖານ</translation>
    </message>
    <message>
        <source>The shelters and rounds shown</source>
        <translation type="unfinished">ສູນພັກພິງ ແລະ ຮອບທີ່ສະແດງ</translation>
    </message>
    <message>
        <source>How the figures are computed</source>
        <translation type="unfinished">ວິທີຄິດໄລ່ຕົວເລກ</translation>
    </message>
    <message>
        <source>Each indicator is rated 0 (not in place), 1 (partly), 2 (mostly) or 3 (fully in place), or marked “does not apply” or “don&apos;t know yet”.</source>
        <translation type="unfinished">ແຕ່ລະຕົວຊີ້ວັດໄດ້ຄະແນນ 0 (ບໍ່ມີ), 1 (ມີບາງສ່ວນ), 2 (ມີເກືອບຄົບ) ຫຼື 3 (ມີຄົບຖ້ວນ), ຫຼື ໝາຍວ່າ “ບໍ່ກ່ຽວຂ້ອງ” ຫຼື “ຍັງບໍ່ຮູ້”.</translation>
    </message>
    <message>
        <source>Domain score = the sum of the domain&apos;s ratings ÷ (3 × the number of rated indicators) × 100. Indicators that do not apply, are not known yet or are not answered are left out.</source>
        <translation type="unfinished">ຄະແນນຂົງເຂດ = ຜົນບວກຄະແນນໃນຂົງເຂດ ÷ (3 × ຈຳນວນຕົວຊີ້ວັດທີ່ໃຫ້ຄະແນນແລ້ວ) × 100. ຕົວຊີ້ວັດທີ່ບໍ່ກ່ຽວຂ້ອງ, ຍັງບໍ່ຮູ້ ຫຼື ຍັງບໍ່ຕອບ ຈະບໍ່ຖືກນັບ.</translation>
    </message>
    <message>
        <source>Overall score = the average of the shelter&apos;s domain scores.</source>
        <translation type="unfinished">ຄະແນນລວມ = ຄ່າສະເລ່ຍຂອງຄະແນນຂົງເຂດຂອງສູນພັກພິງ.</translation>
    </message>
    <message>
        <source>Average of the shelters = the plain average over the shelters that have a score there; a shelter without a score is left out, not counted as 0.</source>
        <translation type="unfinished">ຄ່າສະເລ່ຍຂອງສູນພັກພິງ = ຄ່າສະເລ່ຍທຳມະດາຂອງສູນພັກພິງທີ່ມີຄະແນນໃນນັ້ນ; ສູນພັກພິງທີ່ບໍ່ມີຄະແນນຈະບໍ່ຖືກນັບ, ບໍ່ແມ່ນນັບເປັນ 0.</translation>
    </message>
    <message>
        <source>A core gap is a core (minimum) standard rated below 3. Each is counted against the shelters where it applies: it is in their round and they did not mark it “does not apply”.</source>
        <translation type="unfinished">ຈຸດຂາດມາດຕະຖານຫຼັກ ແມ່ນມາດຕະຖານຫຼັກ (ຂັ້ນຕ່ຳ) ທີ່ໄດ້ຄະແນນຕ່ຳກວ່າ 3. ແຕ່ລະຈຸດຖືກນັບທຽບກັບສູນພັກພິງທີ່ກ່ຽວຂ້ອງ: ມີຢູ່ໃນຮອບຂອງເຂົາເຈົ້າ ແລະ ບໍ່ໄດ້ໝາຍວ່າ “ບໍ່ກ່ຽວຂ້ອງ”.</translation>
    </message>
    <message>
        <source>Change = the score of the round shown minus the score of the shelter&apos;s previous round, in percentage points (▲ up, ▼ down). A core gap is closed when it was rated below 3 before and 3 now, and opened when it was 3 before and is below 3 now.</source>
        <translation type="unfinished">ການປ່ຽນແປງ = ຄະແນນຂອງຮອບທີ່ສະແດງ ລົບ ຄະແນນຂອງຮອບກ່ອນຂອງສູນພັກພິງ, ເປັນຈຸດສ່ວນຮ້ອຍ (▲ ຂຶ້ນ, ▼ ລົງ). ຈຸດຂາດມາດຕະຖານຫຼັກຖືກແກ້ໄຂ ເມື່ອກ່ອນໄດ້ຕ່ຳກວ່າ 3 ແລະ ຕອນນີ້ໄດ້ 3, ແລະ ເກີດໃໝ່ ເມື່ອກ່ອນໄດ້ 3 ແລະ ຕອນນີ້ຕ່ຳກວ່າ 3.</translation>
    </message>
    <message>
        <source>Scores are shown rounded to whole numbers, halves up; the cells keep the exact values.</source>
        <translation type="unfinished">ຄະແນນສະແດງເປັນຈຳນວນເຕັມ, ເຄິ່ງໜຶ່ງປັດຂຶ້ນ; ຕາລາງເກັບຄ່າທີ່ແນ່ນອນໄວ້.</translation>
    </message>
    <message>
        <source>Colours: five bands of 20 points, darker for lower scores, so the figures also read in black and white.</source>
        <translation type="unfinished">ສີ: ຫ້າລະດັບ ລະດັບລະ 20 ຄະແນນ, ສີເຂັ້ມກວ່າສຳລັບຄະແນນຕ່ຳກວ່າ, ເພື່ອໃຫ້ອ່ານໄດ້ເຖິງແມ່ນພິມເປັນສີດຳ-ຂາວ.</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Every domain</source>
        <translation type="unfinished">ທຸກຂົງເຂດ</translation>
    </message>
    <message>
        <source>Give the shelters new letters for a new workshop? The letters used so far will no longer match what the room has seen.</source>
        <translation type="unfinished">ໃຫ້ຕົວອັກສອນໃໝ່ແກ່ສູນພັກພິງ ສຳລັບກອງປະຊຸມໃໝ່ບໍ? ຕົວອັກສອນທີ່ໃຊ້ມາແລ້ວ ຈະບໍ່ກົງກັບສິ່ງທີ່ຜູ້ເຂົ້າຮ່ວມໄດ້ເຫັນອີກຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>Tick at least one shelter to export.</source>
        <translation type="unfinished">ກະລຸນາໝາຍເລືອກຢ່າງໜ້ອຍໜຶ່ງສູນພັກພິງເພື່ອສົ່ງອອກ.</translation>
    </message>
    <message>
        <source>Export the workshop</source>
        <translation type="unfinished">ສົ່ງອອກກອງປະຊຸມ</translation>
    </message>
    <message>
        <source>workshop.xlsx</source>
        <translation type="unfinished">ກອງປະຊຸມ.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished">ໄຟລ໌ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The workshop workbook was saved as:
{path}</source>
        <translation type="unfinished">ໄຟລ໌ Excel ຂອງກອງປະຊຸມຖືກບັນທຶກເປັນ:
{path}</translation>
    </message>
    <message>
        <source>No shelter has an assessment on this computer yet: there is nothing to compare.</source>
        <translation type="unfinished">ຍັງບໍ່ມີສູນພັກພິງໃດທີ່ມີການປະເມີນຢູ່ໃນຄອມພິວເຕີນີ້: ຍັງບໍ່ມີຫຍັງໃຫ້ປຽບທຽບ.</translation>
    </message>
    <message>
        <source>Tick the shelters to show.</source>
        <translation type="unfinished">ກະລຸນາໝາຍເລືອກສູນພັກພິງທີ່ຈະສະແດງ.</translation>
    </message>
    <message>
        <source>{count} shelters · average overall score {score} · {gaps} core standards are a gap somewhere</source>
        <translation type="unfinished">{count} ສູນພັກພິງ · ຄະແນນລວມສະເລ່ຍ {score} · ມາດຕະຖານຫຼັກ {gaps} ຂໍ້ ເປັນຈຸດຂາດໃນບາງສູນ</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation type="unfinished">ປິດບັງຊື່</translation>
    </message>
    <message>
        <source>None of the shelters shown has an earlier round: the change appears once they have assessed twice.</source>
        <translation type="unfinished">ບໍ່ມີສູນພັກພິງໃດທີ່ສະແດງຢູ່ ມີຮອບກ່ອນໜ້າ: ການປ່ຽນແປງຈະປາກົດ ເມື່ອໄດ້ປະເມີນສອງຄັ້ງແລ້ວ.</translation>
    </message>
    <message>
        <source>Each shelter compared with its own previous round, in percentage points (▲ up, ▼ down). Average change overall: {delta}. Core gaps closed: {closed}; opened: {opened}.</source>
        <translation type="unfinished">ແຕ່ລະສູນພັກພິງປຽບທຽບກັບຮອບກ່ອນຂອງຕົນເອງ, ເປັນຈຸດສ່ວນຮ້ອຍ (▲ ຂຶ້ນ, ▼ ລົງ). ການປ່ຽນແປງສະເລ່ຍຂອງຄະແນນລວມ: {delta}. ຈຸດຂາດມາດຕະຖານຫຼັກທີ່ແກ້ໄຂແລ້ວ: {closed}; ທີ່ເກີດໃໝ່: {opened}.</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished">ຕາຕະລາງສີຂອງຄະແນນ</translation>
    </message>
    <message>
        <source>Common core gaps ({count})</source>
        <translation type="unfinished">ຈຸດຂາດຫຼັກທີ່ພົບຫຼາຍ ({count})</translation>
    </message>
    <message>
        <source>Ratings per indicator</source>
        <translation type="unfinished">ຄະແນນແຕ່ລະຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <source>Change since earlier rounds</source>
        <translation type="unfinished">ການປ່ຽນແປງຈາກຮອບກ່ອນ</translation>
    </message>
    <message>
        <source>Hide the list ◀</source>
        <translation type="unfinished">ເຊື່ອງລາຍຊື່ ◀</translation>
    </message>
    <message>
        <source>Shelters and rounds ▶</source>
        <translation type="unfinished">ສູນພັກພິງ ແລະ ຮອບ ▶</translation>
    </message>
    <message>
        <source>Core standards only</source>
        <translation type="unfinished">ສະເພາະມາດຕະຖານຫຼັກ</translation>
    </message>
    <message>
        <source>Core (minimum) standards rated below 3, by how many shelters have the gap, of those where it applies.</source>
        <translation type="unfinished">ມາດຕະຖານຫຼັກ (ຂັ້ນຕ່ຳ) ທີ່ໄດ້ຄະແນນຕ່ຳກວ່າ 3, ລຽງຕາມຈຳນວນສູນພັກພິງທີ່ມີຈຸດຂາດ ໃນບັນດາສູນທີ່ກ່ຽວຂ້ອງ.</translation>
    </message>
    <message>
        <source>Score (%):</source>
        <translation type="unfinished">ຄະແນນ (%):</translation>
    </message>
    <message>
        <source>no rated indicator</source>
        <translation type="unfinished">ບໍ່ມີຕົວຊີ້ວັດທີ່ໃຫ້ຄະແນນ</translation>
    </message>
    <message>
        <source>not in place</source>
        <translation type="unfinished">ບໍ່ມີ</translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished">ມີບາງສ່ວນ</translation>
    </message>
    <message>
        <source>mostly</source>
        <translation type="unfinished">ມີເກືອບຄົບ</translation>
    </message>
    <message>
        <source>fully in place</source>
        <translation type="unfinished">ມີຄົບຖ້ວນ</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished">ບໍ່ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>don&apos;t know yet</source>
        <translation type="unfinished">ຍັງບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished">ບໍ່ທັນຕອບ</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation type="unfinished">ຄະແນນ:</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>Shelters and rounds to show</source>
        <translation type="unfinished">ສູນພັກພິງ ແລະ ຮອບທີ່ຈະສະແດງ</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">ທັງໝົດ</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">ບໍ່ເລືອກ</translation>
    </message>
    <message>
        <source>Anonymise: Shelter A, B, C…</source>
        <translation type="unfinished">ປິດບັງຊື່: ສູນພັກພິງ A, B, C…</translation>
    </message>
    <message>
        <source>Names, contacts and notes stay hidden on the screen and in the workbook.</source>
        <translation type="unfinished">ຊື່, ຜູ້ຕິດຕໍ່ ແລະ ບັນທຶກ ຈະຖືກເຊື່ອງໄວ້ ທັງໃນໜ້າຈໍ ແລະ ໃນໄຟລ໌ Excel.</translation>
    </message>
    <message>
        <source>New letters…</source>
        <translation type="unfinished">ຕົວອັກສອນໃໝ່…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation type="unfinished">ສົ່ງອອກເປັນ Excel…</translation>
    </message>
    <message>
        <source>Summary report (PDF)…</source>
        <translation type="unfinished">ບົດສະຫຼຸບ (PDF)…</translation>
    </message>
</context>
<context>
    <name>WorkshopSelection</name>
    <message>
        <source>Shelter</source>
        <translation type="unfinished">ສູນພັກພິງ</translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished">ຮອບ</translation>
    </message>
    <message>
        <source>{date} (in progress)</source>
        <translation type="unfinished">{date} (ກຳລັງດຳເນີນ)</translation>
    </message>
</context>
<context>
    <name>WorkshopTables</name>
    <message>
        <source>No.</source>
        <translation type="unfinished">ລຳດັບ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">ລະຫັດ</translation>
    </message>
    <message>
        <source>Core standard</source>
        <translation type="unfinished">ມາດຕະຖານຫຼັກ</translation>
    </message>
    <message>
        <source>Shelters with the gap</source>
        <translation type="unfinished">ສູນພັກພິງທີ່ມີຈຸດຂາດນີ້</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <source>Ratings (number of shelters)</source>
        <translation type="unfinished">ຄະແນນ (ຈຳນວນສູນພັກພິງ)</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation type="unfinished">{count} ໃນ {total}</translation>
    </message>
    <message>
        <source>A gap in: {shelters}
Rated by {rated} of the {total} shelters where it applies; average rating {mean}</source>
        <translation type="unfinished">ເປັນຈຸດຂາດໃນ: {shelters}
ໃຫ້ຄະແນນໂດຍ {rated} ໃນ {total} ສູນພັກພິງທີ່ກ່ຽວຂ້ອງ; ຄະແນນສະເລ່ຍ {mean}</translation>
    </message>
    <message>
        <source>{r0} not in place, {r1} partly, {r2} mostly, {r3} fully in place, {na} does not apply, {unknown} don&apos;t know yet, {unanswered} not answered</source>
        <translation type="unfinished">ບໍ່ມີ {r0}, ມີບາງສ່ວນ {r1}, ມີເກືອບຄົບ {r2}, ມີຄົບຖ້ວນ {r3}, ບໍ່ກ່ຽວຂ້ອງ {na}, ຍັງບໍ່ຮູ້ {unknown}, ບໍ່ທັນຕອບ {unanswered}</translation>
    </message>
    <message>
        <source>★ core (minimum) standard</source>
        <translation type="unfinished">★ ມາດຕະຖານຫຼັກ (ຂັ້ນຕ່ຳ)</translation>
    </message>
</context>
</TS>
