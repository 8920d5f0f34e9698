import counter


def work(n):
    for i in range(n):
        counter.bump("worker" + str(i))
    return counter.over_limit()
