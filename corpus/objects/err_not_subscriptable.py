# Uncaught TypeError: indexing an instance without __getitem__.
class Row:
    def __init__(self, *cells):
        self.cells = cells


r = Row(1, 2, 3)
print(r.cells[0])
print(r[0])
