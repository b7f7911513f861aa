def write_all(d): pass
def check_all(d): return True
