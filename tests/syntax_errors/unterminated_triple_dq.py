s = """never
ends
