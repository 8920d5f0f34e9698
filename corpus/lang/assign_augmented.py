# Augmented assignment with every operator.
x = 100
x += 5
print("+=", x)
x -= 15
print("-=", x)
x *= 3
print("*=", x)
x //= 7
print("//=", x)
x %= 20
print("%=", x)
x **= 3
print("**=", x)
x <<= 4
print("<<=", x)
x >>= 2
print(">>=", x)
x &= 0xF0F
print("&=", x)
x |= 0x100
print("|=", x)
x ^= 0xFFF
print("^=", x)
x /= 8
print("/=", x)
f = 1.5
f += 1
f *= 2.5
f -= 0.25
f //= 2
f %= 2.5
f **= 2
f /= 3
print("float", f)
s = "ab"
s += "cd"
s *= 3
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias)
lst = lst + [4]
print(lst, alias)
nums = [10, 20, 30]
nums[1] += 5
nums[0] *= 2
nums[-1] //= 7
print(nums)
d = {"count": 0, "total": 1}
d["count"] += 1
d["count"] += 1
d["total"] *= 10
d["total"] -= 3
print(d)
grid = [[1, 2], [3, 4]]
grid[1][0] += 100
grid[0][1] **= 10
print(grid)
big = 1
i = 0
while i < 5:
    big *= 2 ** 20
    i += 1
print(big)
a = b = c = 7
print(a, b, c)
a += 1
print(a, b, c)
p = q = [0]
p += [1]
print(p, q)
t = (1, 2)
u = t
t += (3,)
print(t, u)
