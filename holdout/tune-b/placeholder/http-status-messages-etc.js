const STATUS_MESSAGES = {
  400: "The request was malformed.",
  401: "Please sign in to continue.",
  403: "You do not have access to this resource.",
  404: "We could not find what you were looking for.",
  // etc.
};

function messageFor(status) {
  return STATUS_MESSAGES[status] || "Something went wrong.";
}

module.exports = { STATUS_MESSAGES, messageFor };
