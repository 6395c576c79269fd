from broker_desktop.cli import main

raise SystemExit(main())
