import sys


def test_rc(qapp):
    print("NONE RC", sys.getrefcount(None))
