import { resolve } from 'node:path';
import type { SwarmCommand, SwarmReport, Trigger } from '../clients/swarm-protocol';
import { forkNode, type StartedProcess } from './processes';

export interface SwarmOptions {
  wsUrl: string;
  /** One subscriber per authorization header value. */
  authorizations: string[];
  query: string;
  variables: Record<string, unknown>;
}

export interface Arrivals {
  latenciesMs: number[];
  expected: number;
}

const SCRIPT = resolve(__dirname, '..', 'clients', 'subscriber-swarm.js');

/** Many graphql-ws subscribers in a process of their own (clients/subscriber-swarm.ts), driven over IPC. */
export class SubscriberSwarm {
  private constructor(private readonly process: StartedProcess) {}

  /** Starts the process and opens every subscriber, 50 connections at a time. */
  static async open(options: SwarmOptions, timeoutMs = 120_000): Promise<SubscriberSwarm> {
    const swarm = new SubscriberSwarm(forkNode('subscriber swarm', SCRIPT));
    try {
      await swarm.ask({ type: 'open', ...options, batchSize: 50 }, 'opened', timeoutMs);
    } catch (error) {
      await swarm.process.stop();
      throw error;
    }
    return swarm;
  }

  /** Sends the trigger from the swarm process and waits until every subscriber has the event (or the timeout). */
  async fire(trigger: Trigger, timeoutMs = 30_000): Promise<Arrivals> {
    const answer = await this.ask({ type: 'fire', trigger, timeoutMs }, 'arrivals', timeoutMs + 10_000);
    if (answer.triggerStatus < 200 || answer.triggerStatus >= 300 || answer.triggerAnswer.includes('"errors"')) {
      throw new Error(`Trigger ${trigger.url} answered ${answer.triggerStatus}: ${answer.triggerAnswer}`);
    }
    return { latenciesMs: answer.latenciesMs, expected: answer.expected };
  }

  /** Disposes every client and ends the process. */
  async close(): Promise<void> {
    try {
      await this.ask({ type: 'close' }, 'closed', 30_000);
    } catch {
      // stopped below all the same
    }
    await this.process.stop();
  }

  private ask<T extends SwarmReport['type']>(
    command: SwarmCommand,
    expect: T,
    timeoutMs: number,
  ): Promise<Extract<SwarmReport, { type: T }>> {
    const child = this.process.child;
    return new Promise((resolvePromise, reject) => {
      const done = () => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      const onMessage = (report: SwarmReport) => {
        if (report.type === 'failed') {
          done();
          reject(new Error(`subscriber swarm: ${report.message}\n${this.process.output()}`));
        } else if (report.type === expect) {
          done();
          resolvePromise(report as Extract<SwarmReport, { type: T }>);
        }
      };
      const onExit = (code: number | null) => {
        done();
        if (expect === 'closed') resolvePromise({ type: 'closed' } as Extract<SwarmReport, { type: T }>);
        else reject(new Error(`subscriber swarm exited (code ${code}):\n${this.process.output()}`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`subscriber swarm: no '${expect}' within ${timeoutMs / 1000} s\n${this.process.output()}`));
      }, timeoutMs);
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(command);
    });
  }
}
