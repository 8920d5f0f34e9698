# Tic-tac-toe board as a nested list, replaying a fixed game.
board = [[" ", " ", " "], [" ", " ", " "], [" ", " ", " "]]
lines = [
    ((0, 0), (0, 1), (0, 2)), ((1, 0), (1, 1), (1, 2)), ((2, 0), (2, 1), (2, 2)),
    ((0, 0), (1, 0), (2, 0)), ((0, 1), (1, 1), (2, 1)), ((0, 2), (1, 2), (2, 2)),
    ((0, 0), (1, 1), (2, 2)), ((0, 2), (1, 1), (2, 0)),
]


def show():
    for r in range(3):
        print(" " + board[r][0] + " | " + board[r][1] + " | " + board[r][2])
        if r < 2:
            print("---+---+---")


def winner():
    for a, b, c in lines:
        first = board[a[0]][a[1]]
        if first != " " and first == board[b[0]][b[1]] and first == board[c[0]][c[1]]:
            return first
    return None


def full():
    for row in board:
        for cell in row:
            if cell == " ":
                return False
    return True


moves = [(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)]
player = "X"
turn = 0
for r, c in moves:
    turn += 1
    if board[r][c] != " ":
        print("cell taken", r, c)
        continue
    board[r][c] = player
    print(f"turn {turn}: {player} plays ({r}, {c})")
    w = winner()
    if w:
        show()
        print(w, "wins!")
        break
    if full():
        show()
        print("draw")
        break
    player = "O" if player == "X" else "X"
print(board)
