"""The command's entry point (`factcli`, `python -m factcli`). A Ctrl-C that lands while
the CLI starts ends it at once with 130 (see cli.interrupt), as it does later."""

import sys

from factcli.cli.interrupt import MESSAGE, stop_at_once


def main() -> None:
    stop_at_once()
    try:
        from factcli.cli.main import run_app

        code = run_app()
    except KeyboardInterrupt:
        code = 130
    if code == 130 and not _said_stop():  # (Typer turns a Ctrl-C outside a batch into a silent exit 130)
        sys.stderr.write(MESSAGE.decode())
    sys.exit(code)


def _said_stop() -> bool:
    cli = sys.modules.get("factcli.cli.common")
    return cli is not None and cli.said_stop()


if __name__ == "__main__":
    main()
