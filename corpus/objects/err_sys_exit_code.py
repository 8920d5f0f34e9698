# sys.exit with an integer code from inside a method: exit status 3, no traceback.
import sys


class App:
    def run(self):
        print("running")
        self.shutdown(3)
        print("not reached")

    def shutdown(self, code):
        print("shutting down with", code)
        sys.exit(code)


App().run()
