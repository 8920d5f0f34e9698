def banner(text):
    return "*** " + text + " ***"


def main():
    print("tools.main should not run on import")


if __name__ == "__main__":
    main()
print("tools loaded as", __name__)
