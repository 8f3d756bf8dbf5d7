local suffix = "included"
