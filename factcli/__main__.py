from factcli.cli import app

app()
