# Conway's Game of Life on a small wrapping grid.
size = 8


def empty_grid():
    grid = []
    for r in range(size):
        grid = grid + [[0] * size]
    return grid


def neighbours(grid, r, c):
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            count += grid[(r + dr) % size][(c + dc) % size]
    return count


def step(grid):
    new = empty_grid()
    for r in range(size):
        for c in range(size):
            n = neighbours(grid, r, c)
            if grid[r][c] == 1 and (n == 2 or n == 3):
                new[r][c] = 1
            elif grid[r][c] == 0 and n == 3:
                new[r][c] = 1
    return new


def show(grid, generation):
    print("generation", generation)
    for row in grid:
        line = ""
        for cell in row:
            line = line + ("#" if cell else ".")
        print(line)


def population(grid):
    total = 0
    for row in grid:
        for cell in row:
            total += cell
    return total


grid = empty_grid()
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for g in range(5):
    show(grid, g)
    grid = step(grid)
for g in range(5, 33):
    grid = step(grid)
show(grid, 33)
print("population", population(grid))
