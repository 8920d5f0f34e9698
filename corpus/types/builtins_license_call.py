# license() pages the license text, asking input() between pages; EOF ends it.
try:
    license()
except EOFError as e:
    print()
    print("EOFError", e)
