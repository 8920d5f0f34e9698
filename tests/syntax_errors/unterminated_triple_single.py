s = '''
line
