y = if x > 0:
    pass
