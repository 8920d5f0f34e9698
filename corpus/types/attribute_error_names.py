class A:
  class B: pass
try: A.B.x
except AttributeError as e: print(e)
try: A.B().x
except AttributeError as e: print(e)
try: (int|str).foo
except AttributeError as e: print(e)
f = open('/tmp/pyvm_attribute_error_names.bin', 'wb')
try: f.peek
except AttributeError as e: print(e)
f.close()
try: int.foo
except AttributeError as e: print(e)
try: (1).foo
except AttributeError as e: print(e)
