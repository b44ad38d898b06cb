"""Speed and memory measurements against floors measured in the same run (DESIGN §8). Run with `make bench`."""
