import tools


def main():
    print(tools.banner("hello"))
    print("running as", __name__)


if __name__ == "__main__":
    main()
else:
    print("imported")
print("end of main.py")
