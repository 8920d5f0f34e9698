x = f'{x=!q}'
