# corpus: full-stderr
# raise ... from ...: both tracebacks, joined by the "direct cause" line.
class ConfigError(Exception):
    pass


class Config:
    def __init__(self, values):
        self.values = values

    def get_int(self, key):
        try:
            return int(self.values[key])
        except KeyError as e:
            raise ConfigError(f"missing setting {key!r}") from e


cfg = Config({"port": "8080"})
print(cfg.get_int("port"))
print(cfg.get_int("timeout"))
