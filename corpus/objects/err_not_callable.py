# Uncaught TypeError: calling an instance without __call__.
class Config:
    debug = True


cfg = Config()
print(cfg.debug)
cfg()
