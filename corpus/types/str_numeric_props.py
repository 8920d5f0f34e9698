# isdecimal/isdigit/isnumeric across numeral systems.
for s in ['123', '١٢٣', '۱۲', '߀', '๑๒', '²³', '₁', '①②', '⑴', 'Ⅰ', 'ⅰ', '½', '¼', '〇', '一二三', '零', '万', '𝟏', '🄀', '፩', '-1', '1.5', '']:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
