from toolkit.cli.app import main

if __name__ == "__main__":  # not when a Dask worker process (spawn) imports it as __mp_main__
    main()
