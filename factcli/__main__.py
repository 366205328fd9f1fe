from factcli.cli.main import app

app()
