# A class pattern whose name is not a type fails at match time.
def parse(token):
    match token:
        case "":
            return "empty"
        case str(s) if s.isdigit():
            return int(s)
        case x:
            return x


parse_int = parse
print(parse("12"), parse(""), parse("ab"))
for tok in ["7", "x", 3]:
    match tok:
        case str():
            print("a str", tok)
        case int():
            print("an int", tok)
# Not checked while an earlier case matches.
match "9":
    case "9":
        print("literal case first")
    case parse_int():
        print("unreachable")
match "9":
    case parse_int():
        print("unreachable")
