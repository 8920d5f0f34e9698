x = 1
# café in latin-1, inside a comment
y = 2
