# corpus: full-stderr
# Notes added with add_note() are printed after the exception line.
class Importer:
    def load(self, rows):
        out = []
        for lineno, row in enumerate(rows, 1):
            try:
                out.append(self.convert(row))
            except ValueError as e:
                e.add_note(f"in row {lineno}: {row!r}")
                e.add_note("hint: amounts must be whole numbers")
                raise
        return out

    def convert(self, row):
        name, amount = row.split("=")
        return name, int(amount)


print(Importer().load(["a=1", "b=2"]))
Importer().load(["a=1", "b=2.5"])
