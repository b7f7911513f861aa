print("clauseguard")
