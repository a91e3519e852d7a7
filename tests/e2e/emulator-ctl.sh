#!/usr/bin/env bash
# ctest fixture helper: start or stop one juspay-emulator instance.
#   emulator-ctl.sh start DIR EMULATOR [flags...]   starts it on a free port; DIR/port, DIR/pid, DIR/log
#   emulator-ctl.sh stop DIR                        SIGTERM, then checks it stopped cleanly
set -u
cmd=$1 dir=$2; shift 2

# Running, and not a zombie waiting for whoever adopted it to reap it.
alive() { [[ -e /proc/$1 ]] && ! grep -qE '^[0-9]+ \(.*\) Z' "/proc/$1/stat" 2>/dev/null; }
case "$cmd" in
  start)
    emulator=$1; shift
    # An instance an earlier start left in DIR (ctest --repeat reruns the fixture's setup, not
    # its cleanup): stop it, or it outlives the run.
    old=$(cat "$dir/pid" 2>/dev/null) && alive "$old" && grep -q juspay-emulator "/proc/$old/cmdline" 2>/dev/null &&
      kill -TERM "$old"
    mkdir -p "$dir"; rm -f "$dir/port" "$dir/pid" "$dir/log"
    "$emulator" --port 0 --port-file "$dir/port" "$@" >"$dir/log" 2>&1 &
    echo $! >"$dir/pid"
    for _ in $(seq 100); do
      [[ -s $dir/port ]] && { echo "emulator $(basename "$dir") on port $(cat "$dir/port"), pid $(cat "$dir/pid")"; exit 0; }
      alive "$(cat "$dir/pid")" || break
      sleep 0.1
    done
    echo "emulator did not start:"; cat "$dir/log"; exit 1 ;;
  stop)
    pid=$(cat "$dir/pid" 2>/dev/null) || { echo "no pid file"; exit 1; }
    kill -TERM "$pid" 2>/dev/null || { echo "emulator $pid was not running"; cat "$dir/log"; exit 1; }
    for _ in $(seq 100); do
      if ! alive "$pid"; then
        grep -q "juspay-emulator: stopped" "$dir/log" && { echo "emulator $(basename "$dir") stopped cleanly"; exit 0; }
        echo "emulator exited without a clean stop:"; cat "$dir/log"; exit 1
      fi
      sleep 0.1
    done
    echo "emulator $pid did not stop within 10 s"; kill -KILL "$pid"; exit 1 ;;
  *) echo "usage: emulator-ctl.sh start|stop DIR ..."; exit 2 ;;
esac
