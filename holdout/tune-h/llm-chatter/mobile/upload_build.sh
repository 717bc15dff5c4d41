Great question! Yes, you can upload straight from CI with `xcrun altool`. Drop this into your pipeline:

#!/bin/bash
set -euo pipefail

SCHEME=${SCHEME:-FitTrack}
CONFIGURATION=${CONFIGURATION:-Release}
BUILD_DIR=${BUILD_DIR:-build}
ARCHIVE="$BUILD_DIR/$SCHEME.xcarchive"
EXPORT_DIR="$BUILD_DIR/export"

: "${ASC_KEY_ID:?set ASC_KEY_ID}"
: "${ASC_ISSUER_ID:?set ASC_ISSUER_ID}"

xcodebuild -workspace ios/FitTrack.xcworkspace \
  -scheme "$SCHEME" \
  -configuration "$CONFIGURATION" \
  -archivePath "$ARCHIVE" \
  -allowProvisioningUpdates \
  archive | xcpretty

xcodebuild -exportArchive \
  -archivePath "$ARCHIVE" \
  -exportPath "$EXPORT_DIR" \
  -exportOptionsPlist ios/ExportOptions.plist | xcpretty

IPA=$(find "$EXPORT_DIR" -name '*.ipa' | head -n 1)
xcrun altool --upload-app -f "$IPA" -t ios \
  --apiKey "$ASC_KEY_ID" --apiIssuer "$ASC_ISSUER_ID"

echo "uploaded $IPA to App Store Connect"
