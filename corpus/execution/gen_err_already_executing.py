# A generator that tries to advance itself while running.
class Feed:
    def __init__(self, items):
        self.items = items
        self.gen = self.produce()

    def produce(self):
        for i, item in enumerate(self.items):
            print("producing", item)
            if i == 2:
                self.skip()
            yield item

    def skip(self):
        return next(self.gen)


feed = Feed(["a", "b", "c", "d"])
for item in feed.gen:
    print("consumed", item)
