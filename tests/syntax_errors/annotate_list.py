[a]: int = [1]
