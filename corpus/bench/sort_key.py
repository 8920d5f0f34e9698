# Sorting records with key functions: tuples, lambdas, reverse, and the
# stability that multi-pass sorts rely on.
def run(n, rounds):
    records = [((i * 7919) % 1000, "name%d" % ((i * 31) % 97), i) for i in range(n)]
    check = 0
    for r in range(rounds):
        by_score = sorted(records, key=lambda rec: rec[0])
        by_name = sorted(records, key=lambda rec: (rec[1], -rec[0]), reverse=True)
        data = list(records)
        data.sort(key=lambda rec: rec[2] % 13)
        data.sort(key=lambda rec: rec[1])
        words = [rec[1] for rec in records[:2000]]
        words.sort(key=len)
        check += by_score[r][2] + by_name[r][2] + data[r][2] + len(words[-1])
    return check


print("sort_key(20000, 12) =", run(20000, 12))
