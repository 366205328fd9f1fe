"""The command's entry point (`factcli`, `python -m factcli`). A Ctrl-C that lands while
the CLI is still importing ends quietly with 130, as it does later."""

import signal
import sys

_interrupted = False


def _on_sigint(signum, frame) -> None:
    """Python's own Ctrl-C handler, that also remembers: a library that swallows the
    KeyboardInterrupt while it imports (a bare except) cannot make the run go on."""
    global _interrupted
    _interrupted = True
    raise KeyboardInterrupt


def main() -> None:
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # (not if ignored: nohup, "&")
        signal.signal(signal.SIGINT, _on_sigint)
    try:
        from factcli.cli.main import run_app

        if _interrupted:
            raise KeyboardInterrupt
        code = run_app()
    except KeyboardInterrupt:
        code = 130
    if code == 130 and not _said_stop():  # (Typer turns a Ctrl-C outside a batch into a silent exit 130)
        sys.stderr.write("stopped (Ctrl-C)\n")
    sys.exit(code)


def _said_stop() -> bool:
    cli = sys.modules.get("factcli.cli.common")
    return cli is not None and cli.said_stop()


if __name__ == "__main__":
    main()
