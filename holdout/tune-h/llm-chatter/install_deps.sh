1. Save the script below as `install_deps.sh` in the project root.
2. Make it executable with `chmod +x install_deps.sh`.
3. Run it once on every new build agent.

#!/bin/bash
set -euo pipefail

ANDROID_SDK_ROOT=${ANDROID_SDK_ROOT:-$HOME/android-sdk}
CMDLINE_TOOLS_URL=https://dl.google.com/android/repository/commandlinetools-linux-11076708_latest.zip

sudo apt-get update
sudo apt-get install -y openjdk-17-jdk unzip ruby-full

if [ ! -d "$ANDROID_SDK_ROOT/cmdline-tools/latest" ]; then
  mkdir -p "$ANDROID_SDK_ROOT/cmdline-tools"
  curl -fsSL -o /tmp/cmdline-tools.zip "$CMDLINE_TOOLS_URL"
  unzip -q /tmp/cmdline-tools.zip -d "$ANDROID_SDK_ROOT/cmdline-tools"
  mv "$ANDROID_SDK_ROOT/cmdline-tools/cmdline-tools" "$ANDROID_SDK_ROOT/cmdline-tools/latest"
fi

export PATH="$ANDROID_SDK_ROOT/cmdline-tools/latest/bin:$ANDROID_SDK_ROOT/platform-tools:$PATH"
yes | sdkmanager --licenses >/dev/null
sdkmanager "platform-tools" "platforms;android-34" "build-tools;34.0.0"

sudo gem install bundler -N
bundle config set --local path vendor/bundle
bundle install

echo "Android SDK ready at $ANDROID_SDK_ROOT"
