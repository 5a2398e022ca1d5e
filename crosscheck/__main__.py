from crosscheck.cli import app

app(prog_name="crosscheck")
