import { useEffect, useState } from 'react';
import { fetchMessages } from '../api/messages';

export default function Inbox() {
  const [messages, setMessages] = useState([]);

  useEffect(() => {
    fetchMessages().then(setMessages);
  }, []);

  const unread = messages.filter((m) => !m.read).length;

  return (
    <section className="inbox">
      <h2>Inbox</h2>
      <p>You have {unread} unread mess