try: (1j).__format__(3)
except TypeError as e: print(e)
print(format(1+2j, ''), format(1+2j, '>20'), format(1.5+2j, '.2f'), format(-0.0-1j,''), f'{3j:g}')
class C(complex): pass
print(format(C(1,2), ''), f'{C(1,2):^16.3e}', f'{1e300+1e300j:_}')
try: format(1j, 'd')
except ValueError as e: print(e)
