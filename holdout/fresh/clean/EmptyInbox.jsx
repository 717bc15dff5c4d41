import React from 'react';
import PropTypes from 'prop-types';

export default function EmptyInbox({ onCompose, userName }) {
  return (
    <section className="empty-inbox">
      {/* Illustration is decorative, so it is hidden from screen readers */}
      <img src="/img/inbox-zero.svg" alt="" aria-hidden="true" />
      <h2>Here is the good news, {userName}:</h2>
      <p>
        You're all caught up. Let me know if you need anything else is what
        our support bot used to say; now you can just write to us directly.
      </p>
      <button type="button" onClick={onCompose}>
        Write a message
      </button>
    </section>
  );
}

EmptyInbox.propTypes = {
  onCompose: PropTypes.func.isRequired,
  userName: PropTypes.string.isRequired,
};
