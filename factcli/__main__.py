"""The command's entry point (`factcli`, `python -m factcli`). A Ctrl-C that lands while
the CLI is still importing ends quietly with 130, as it does later."""

import sys


def main() -> None:
    try:
        from factcli.cli.main import app

        app()
    except KeyboardInterrupt:
        sys.stderr.write("stopped (Ctrl-C)\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
