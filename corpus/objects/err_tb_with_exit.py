# corpus: full-stderr
# An exception in __exit__ while another exception propagates out of a with block.
class Session:
    def __enter__(self):
        print("session open")
        return self

    def __exit__(self, et, ev, tb):
        print("session closing after", et.__name__)
        self.flush()

    def flush(self):
        raise OSError("flush failed")


with Session():
    print("working")
    raise KeyError("job")
