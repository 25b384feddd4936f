"""The 18 provinces of Lao PDR (ISO 3166-2:LA codes), with their names in both languages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Province:
    code: str
    en: str
    lo: str

    def name(self, language: str) -> str:
        return self.lo if language == "lo" else self.en


PROVINCES: tuple[Province, ...] = (
    Province("VT", "Vientiane Capital", "ນະຄອນຫຼວງວຽງຈັນ"),
    Province("PH", "Phongsaly", "ຜົ້ງສາລີ"),
    Province("LM", "Luang Namtha", "ຫຼວງນ້ຳທາ"),
    Province("OU", "Oudomxay", "ອຸດົມໄຊ"),
    Province("BK", "Bokeo", "ບໍ່ແກ້ວ"),
    Province("LP", "Luang Prabang", "ຫຼວງພະບາງ"),
    Province("HO", "Houaphanh", "ຫົວພັນ"),
    Province("XA", "Xayaboury", "ໄຊຍະບູລີ"),
    Province("XI", "Xiengkhouang", "ຊຽງຂວາງ"),
    Province("VI", "Vientiane Province", "ແຂວງວຽງຈັນ"),
    Province("BL", "Bolikhamxay", "ບໍລິຄຳໄຊ"),
    Province("KH", "Khammouane", "ຄຳມ່ວນ"),
    Province("SV", "Savannakhet", "ສະຫວັນນະເຂດ"),
    Province("SL", "Salavan", "ສາລະວັນ"),
    Province("XE", "Sekong", "ເຊກອງ"),
    Province("CH", "Champasak", "ຈຳປາສັກ"),
    Province("AT", "Attapeu", "ອັດຕະປື"),
    Province("XS", "Xaisomboun", "ໄຊສົມບູນ"),
)

BY_CODE = {p.code: p for p in PROVINCES}


def province_name(code: str, language: str) -> str:
    province = BY_CODE.get(code)
    return province.name(language) if province else ""
