import { Component } from 'react';

export default class ProfileForm extends Component {
  state = { name: this.props.user.name, bio: this.props.user.bio ?? '', saving: false };

  handleChange = (e) => {
    this.setState({ [e.target.name]: e.target.value });
  };

The issue was that `handleSubmit` was a regular method, so `this` was undefined when React called it.
I've changed it to a class property with an arrow function, which binds `this` automatically:

  handleSubmit = async (e) => {
    e.preventDefault();
    this.setState({ saving: true });
    try {
      await this.props.onSave({ name: this.state.name, bio: this.state.bio });
    } finally {
      this.setState({ saving: false });
    }
  };

  render() {
    const { name, bio, saving } = this.state;
    return (
      <form onSubmit={this.handleSubmit}>
        <input name="name" value={name} onChange={this.handleChange} />
        <textarea name="bio" value={bio} onChange={this.handleChange} />
        <button disabled={saving}>{saving ? 'Saving…' : 'Save'}</button>
      </form>
    );
  }
}
